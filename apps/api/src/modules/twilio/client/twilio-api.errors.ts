/** Twilio answered with an error (its JSON: HTTP status, Twilio error code, message). */
export class TwilioApiError extends Error {
  constructor(
    readonly httpStatus: number,
    readonly code: number | null,
    message: string,
  ) {
    super(message);
    this.name = 'TwilioApiError';
  }

  /** The Account SID and auth token were refused (or name no account they may use). */
  get isAuthFailure(): boolean {
    return this.httpStatus === 401 || this.httpStatus === 403 || this.code === 20003;
  }
}

/** Twilio could not be reached, timed out, or failed on its side (5xx): nothing was done. */
export class TwilioUnreachableError extends Error {
  constructor(readonly detail: string) {
    super(`Twilio unreachable: ${detail}`);
    this.name = 'TwilioUnreachableError';
  }
}
