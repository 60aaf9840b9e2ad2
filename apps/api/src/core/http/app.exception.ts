import type { FieldError } from '@loved/shared';

/**
 * Base of every module's typed exception. A module declares its codes and, beside them, a
 * record giving each code its HTTP status, so a code without a status does not compile.
 */
export abstract class AppException<Code extends string = string> extends Error {
  abstract readonly status: number;

  /** Extra members of the problem body (RFC 9457 extensions), e.g. the current state on a 409. */
  get extensions(): Record<string, unknown> {
    return {};
  }

  /** Extra response headers, such as `Retry-After` on a 429. */
  get headers(): Record<string, string> {
    return {};
  }

  constructor(
    readonly code: Code,
    readonly userMessage: string,
    readonly errors?: FieldError[],
  ) {
    super(`${code}: ${userMessage}`);
    this.name = new.target.name;
  }
}

/**
 * An AppException that may name the one field at fault (listed in the problem's `errors`) and
 * add response headers (e.g. `Retry-After`): what most modules' exceptions need.
 */
export abstract class FieldAppException<Code extends string = string> extends AppException<Code> {
  constructor(
    code: Code,
    message: string,
    field?: string,
    private readonly extraHeaders: Record<string, string> = {},
  ) {
    super(code, message, field ? [{ field, code: 'invalid', message }] : undefined);
  }

  override get headers(): Record<string, string> {
    return this.extraHeaders;
  }
}
