import { encodeCursor } from './keyset-cursor';

export type KeysetPage<R> = { rows: R[]; next_cursor: string | null };

/**
 * The tail of every paged list: the query fetched `limit + 1` rows, so an extra row means more
 * follow, and the cursor is the sort key of the last row shown.
 */
export function toKeysetPage<R>(
  rows: R[],
  limit: number,
  cursorOf: (last: R) => Array<string | number>,
): KeysetPage<R> {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    rows: page,
    next_cursor: rows.length > limit && last !== undefined ? encodeCursor(cursorOf(last)) : null,
  };
}
