// Bulk loading with COPY … FROM STDIN (text format): one round trip per table instead of one
// INSERT per row. Rows come from a generator and are sent in batches with back-pressure.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { from as copyFrom } from 'pg-copy-streams';

const SPECIAL = /[\\\t\n\r]/;

/** One value in COPY text format: NULL as \N, backslash, tab and newlines escaped. */
export function copyValue(value) {
  if (value === null || value === undefined) return '\\N';
  const text = typeof value === 'string' ? value : String(value);
  if (!SPECIAL.test(text)) return text;
  return text
    .replace(/\\/g, '\\\\')
    .replace(/\t/g, '\\t')
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r');
}

/** A PostgreSQL text[] literal, every element quoted (tags may hold accents or spaces). */
export const textArray = (items) =>
  `{${items.map((item) => `"${item.replace(/(["\\])/g, '\\$1')}"`).join(',')}}`;

/**
 * Streams `rows` (arrays of values, in `columns` order) into `table`; answers the row count.
 * `freeze` (COPY … FREEZE) needs the table truncated in the same transaction.
 */
export async function copyRows(
  client,
  table,
  columns,
  rows,
  { freeze = false, batchSize = 2000 } = {},
) {
  let count = 0;
  async function* lines() {
    let batch = [];
    for (const row of rows) {
      batch.push(row.map(copyValue).join('\t'));
      count += 1;
      if (batch.length >= batchSize) {
        yield `${batch.join('\n')}\n`;
        batch = [];
      }
    }
    if (batch.length) yield `${batch.join('\n')}\n`;
  }
  const sql = `COPY ${table} (${columns.map((c) => `"${c}"`).join(', ')}) FROM STDIN${freeze ? ' WITH (FREEZE)' : ''}`;
  await pipeline(Readable.from(lines()), client.query(copyFrom(sql)));
  return count;
}
