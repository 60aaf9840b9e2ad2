/** The form field that carries the CSV. */
export const LEAD_IMPORT_FILE_FIELD = 'file';

/** 5 MiB: some tens of thousands of leads' worth of text, far more than the row limit needs. */
export const LEAD_IMPORT_MAX_BYTES = 5 * 1024 * 1024;

/**
 * Data rows per file. The whole import is one transaction (all or nothing on a crash) and holds
 * the stage columns' locks while it runs, so it must stay short.
 */
export const LEAD_IMPORT_MAX_ROWS = 5000;
