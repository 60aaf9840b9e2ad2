import type { CsvDelimiter } from './csv-parse.util';

/** Signed numbers such as "+5511987654321" or "-10,5" are values to a spreadsheet, not formulas. */
const PLAIN_NUMBER = /^[+-]?\d+([.,]\d+)?$/;
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A cell a spreadsheet will not execute: text starting like a formula (`=HYPERLINK(…)` typed as
 * a lead's name) gets a leading apostrophe, as OWASP advises against CSV injection.
 */
export function neutralizeFormula(value: string): string {
  return FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
}

/** A field quoted only when it must be: delimiter, quote, line break or edge spaces. */
export function escapeCsvField(value: string, delimiter: CsvDelimiter): string {
  const safe = neutralizeFormula(value);
  const needsQuotes = safe.includes(delimiter) || /["\r\n]/.test(safe) || safe !== safe.trim();
  return needsQuotes ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One record ending in CRLF, the line end RFC 4180 and Excel expect. */
export function toCsvLine(values: readonly string[], delimiter: CsvDelimiter): string {
  return `${values.map((value) => escapeCsvField(value, delimiter)).join(delimiter)}\r\n`;
}
