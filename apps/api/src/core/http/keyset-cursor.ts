import { HttpErrorCode, HttpLayerException } from './http.exception';

/**
 * What one position of a cursor holds: an instant as `Date#toISOString` writes it, a UUID, a
 * short text (a sort key such as a name), or a non-negative integer (an offset).
 */
export type CursorPart = 'timestamp' | 'uuid' | 'string' | 'int';

type CursorValue<P extends CursorPart> = P extends 'int' ? number : string;

export type CursorValues<S extends readonly CursorPart[]> = {
  -readonly [K in keyof S]: CursorValue<S[K]>;
};

/** Longer than any sort key we issue (names are ≤ 200 characters), short enough to be harmless. */
export const CURSOR_STRING_MAX_LENGTH = 1000;
/** Offsets stay inside PostgreSQL's `integer`, far beyond any page a person scrolls to. */
export const CURSOR_INT_MAX = 2_147_483_647;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Opaque keyset cursors: the sort key of the last row seen, base64url-encoded JSON. */
export function encodeCursor(values: Array<string | number>): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

/** Why `value` cannot stand at a `part` position, or null when it can. */
function problemWith(part: CursorPart, value: unknown): string | null {
  switch (part) {
    case 'timestamp':
      // Only the exact form we write: it also rules out dates PostgreSQL refuses (2024-02-30).
      return typeof value === 'string' &&
        !Number.isNaN(Date.parse(value)) &&
        new Date(value).toISOString() === value
        ? null
        : 'is not an ISO-8601 UTC timestamp';
    case 'uuid':
      return typeof value === 'string' && UUID.test(value) ? null : 'is not a UUID';
    case 'int':
      return Number.isSafeInteger(value) &&
        (value as number) >= 0 &&
        (value as number) <= CURSOR_INT_MAX
        ? null
        : `is not an integer between 0 and ${CURSOR_INT_MAX}`;
    case 'string':
      if (typeof value !== 'string') return 'is not a string';
      if (value.length > CURSOR_STRING_MAX_LENGTH) return 'is too long';
      return value.includes('\u0000') ? 'contains a NUL character' : null;
  }
}

function invalidCursor(message: string): HttpLayerException {
  return new HttpLayerException(HttpErrorCode.ValidationFailed, 'Invalid cursor.', [
    { field: 'cursor', code: 'invalidCursor', message },
  ]);
}

/**
 * Reads a cursor back into the values of `spec`, position by position, or answers 400: a cursor
 * that decodes but holds a list, a non-date or a huge number must never reach the database.
 */
export function decodeCursor<const S extends readonly CursorPart[]>(
  cursor: string,
  spec: S,
): CursorValues<S> {
  let values: unknown;
  try {
    values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor('cursor is not one this API issued');
  }
  if (!Array.isArray(values) || values.length !== spec.length) {
    throw invalidCursor('cursor is not one this API issued');
  }
  spec.forEach((part, index) => {
    const problem = problemWith(part, values[index]);
    if (problem) throw invalidCursor(`cursor position ${index} ${problem}`);
  });
  return values as CursorValues<S>;
}
