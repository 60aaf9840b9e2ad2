/**
 * A boot that cannot go on for a reason the operator fixes (not a bug): the process prints
 * this one line and exits, without a stack trace.
 */
export class StartupException extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StartupException';
  }
}
