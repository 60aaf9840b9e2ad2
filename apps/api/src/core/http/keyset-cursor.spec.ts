import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from './keyset-cursor';
import { HttpLayerException } from './http.exception';

const raw = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');
const ID = '3f2b8c1e-9d4a-4c6b-8e2f-1a2b3c4d5e6f';
const AT = '2026-03-01T12:34:56.789Z';

function rejection(run: () => unknown): HttpLayerException {
  try {
    run();
  } catch (error) {
    if (error instanceof HttpLayerException) return error;
    throw error;
  }
  throw new Error('expected the cursor to be refused');
}

describe('decodeCursor', () => {
  it('reads back what encodeCursor wrote, typed by position', () => {
    expect(decodeCursor(encodeCursor([AT, ID]), ['timestamp', 'uuid'])).toEqual([AT, ID]);
    expect(decodeCursor(encodeCursor(['Ana', ID]), ['string', 'uuid'])).toEqual(['Ana', ID]);
    expect(decodeCursor(encodeCursor([40]), ['int'])).toEqual([40]);
  });

  it.each([
    ['not base64 JSON', '%%%', ['int'] as const],
    ['an object', raw({ a: 1 }), ['int'] as const],
    ['the wrong arity', raw([AT]), ['timestamp', 'uuid'] as const],
    ['a list inside', raw([[AT], ID]), ['timestamp', 'uuid'] as const],
    ['a non-date', raw(['yesterday', ID]), ['timestamp', 'uuid'] as const],
    ['an impossible date', raw(['2024-02-30T00:00:00.000Z', ID]), ['timestamp', 'uuid'] as const],
    ['a date without a zone', raw(['2024-02-03T00:00:00', ID]), ['timestamp', 'uuid'] as const],
    ['a non-UUID id', raw([AT, 'x']), ['timestamp', 'uuid'] as const],
    ['a number for a string', raw([1, ID]), ['string', 'uuid'] as const],
    ['a NUL in a string', raw(['a\u0000b', ID]), ['string', 'uuid'] as const],
    ['an over-long string', raw(['a'.repeat(1001), ID]), ['string', 'uuid'] as const],
    ['a negative offset', raw([-1]), ['int'] as const],
    ['a fractional offset', raw([1.5]), ['int'] as const],
    ['an offset beyond integer', raw([2 ** 53]), ['int'] as const],
    ['a string offset', raw(['10']), ['int'] as const],
  ])('refuses %s with a 400 field error coded invalidCursor', (_, cursor, spec) => {
    const error = rejection(() => decodeCursor(cursor, spec));
    expect(error.status).toBe(400);
    expect(error.errors).toEqual([
      { field: 'cursor', code: 'invalidCursor', message: expect.any(String) },
    ]);
  });
});
