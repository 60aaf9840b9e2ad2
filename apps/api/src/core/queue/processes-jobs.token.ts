/**
 * Injects whether this process runs jobs: the worker in full mode, the only process in
 * embedded mode. Long-lived job sources (IMAP IDLE connections) open only where it is true.
 */
export const PROCESSES_JOBS = Symbol('PROCESSES_JOBS');
