/** Injection token for the rows read per page of an export (tests pass a small one). */
export const LEAD_EXPORT_PAGE_SIZE = 'LEAD_EXPORT_PAGE_SIZE';

export const DEFAULT_LEAD_EXPORT_PAGE_SIZE = 500;
