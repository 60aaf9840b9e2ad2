import { Extensions1764368000000 } from './1764368000000-extensions';

/** Applied in this order; a new migration is added at the end. */
export const MIGRATIONS = [Extensions1764368000000];
