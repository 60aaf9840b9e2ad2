import type { Logger } from 'pino';
import { ConfigValidationError, loadConfig } from './core/config/load-config';
import type { EnvironmentVariables } from './core/config/environment.schema';
import { createRootLogger } from './core/logging/root-logger';

/** Config first: a bad variable ends the process with a message naming it, before anything starts. */
export function loadConfigOrExit(): { env: EnvironmentVariables; logger: Logger } {
  try {
    const env = loadConfig();
    return { env, logger: createRootLogger(env.LOG_LEVEL) };
  } catch (error) {
    if (error instanceof ConfigValidationError) {
      process.stderr.write(`${error.message}\nSee .env.example for every variable.\n`);
      process.exit(78);
    }
    throw error;
  }
}
