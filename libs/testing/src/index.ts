export * from './identity.factory';
