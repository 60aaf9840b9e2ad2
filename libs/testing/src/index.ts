export * from './identity.factory';
export * from './lead.factory';
