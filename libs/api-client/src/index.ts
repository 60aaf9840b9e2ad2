export {
  createLovedClient,
  type LovedClient,
  type LovedClientOptions,
} from './create-loved-client';
export type { components, operations, paths } from './generated/openapi';
export type * from './schemas.type';
