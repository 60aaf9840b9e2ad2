import type { LoggerService } from '@nestjs/common';
import type { Logger } from 'pino';

type LogArgs = unknown[];

/** Lets Nest's own `Logger` write structured pino lines, with its context as a field. */
export class NestPinoLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, ...args: LogArgs): void {
    this.write('info', message, args);
  }
  error(message: unknown, ...args: LogArgs): void {
    this.write('error', message, args);
  }
  warn(message: unknown, ...args: LogArgs): void {
    this.write('warn', message, args);
  }
  debug(message: unknown, ...args: LogArgs): void {
    this.write('debug', message, args);
  }
  verbose(message: unknown, ...args: LogArgs): void {
    this.write('trace', message, args);
  }
  fatal(message: unknown, ...args: LogArgs): void {
    this.write('fatal', message, args);
  }

  private write(
    level: 'info' | 'error' | 'warn' | 'debug' | 'trace' | 'fatal',
    message: unknown,
    args: LogArgs,
  ): void {
    const context = typeof args.at(-1) === 'string' ? (args.at(-1) as string) : undefined;
    const stack =
      level === 'error' && typeof args[0] === 'string' && args.length > 1 ? args[0] : undefined;
    if (message instanceof Error) {
      this.logger[level]({ context, err: message }, message.message);
      return;
    }
    if (typeof message === 'object' && message !== null) {
      // `logger.warn({ ... }, 'text')`: Nest passes the text first and its context last.
      const text = args.length > 1 && typeof args[0] === 'string' ? args[0] : undefined;
      this.logger[level]({ context, ...message }, text);
      return;
    }
    this.logger[level]({ context, stack }, String(message));
  }
}
