/**
 * The IANA zones this runtime knows (`America/Sao_Paulo`, `Europe/Lisbon`…) plus `UTC`.
 * Only names: an offset such as `-03:00` would mean the opposite sign to PostgreSQL (POSIX),
 * and a zone name keeps daylight-saving rules that a fixed offset cannot.
 */
const ZONES: ReadonlySet<string> = new Set([...Intl.supportedValuesOf('timeZone'), 'UTC']);

export const isTimeZone = (value: unknown): value is string =>
  typeof value === 'string' && ZONES.has(value);
