import { HttpErrorCode, HttpLayerException } from './http.exception';

/** Opaque keyset cursors: the sort key of the last row seen, base64url-encoded JSON. */
export function encodeCursor(values: Array<string | number>): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor(cursor: string, arity: number): Array<string | number> {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(values) &&
      values.length === arity &&
      values.every((v) => typeof v === 'string' || typeof v === 'number')
    ) {
      return values as Array<string | number>;
    }
  } catch {
    // falls through to the 400 below
  }
  throw new HttpLayerException(HttpErrorCode.ValidationFailed, 'Cursor inválido.', [
    { field: 'cursor', message: 'cursor is not one this API issued' },
  ]);
}
