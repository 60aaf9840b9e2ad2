export * from './http/problem-details.type';
export * from './http/list-envelope.type';
export * from './http/health.type';
export * from './identity/role.enum';
export * from './identity/plan.enum';
export * from './identity/auth.type';
export * from './identity/organization.type';
