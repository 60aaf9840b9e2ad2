import type { EnvironmentVariables } from './environment.schema';

export type RuntimeMode = 'full' | 'embedded';

/** Configuration after boot resolved what the environment leaves open (embedded database, secrets). */
export type AppConfig = {
  mode: RuntimeMode;
  env: EnvironmentVariables;
  /** Connection of the non-superuser role the application runs as (RLS applies to it). */
  databaseUrl: string;
  jwtSecret: string;
  dataDir: string;
  webDistDir: string;
};

export const APP_CONFIG = Symbol('APP_CONFIG');
