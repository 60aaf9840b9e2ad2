/** Injection token of the shared ioredis connection (`null` without REDIS_URL). */
export const REDIS_CLIENT = Symbol('REDIS_CLIENT');
