import { describe, expect, it } from 'vitest';
import { decodeCursor } from './keyset-cursor';
import { toKeysetPage } from './keyset-page';

describe('toKeysetPage', () => {
  const rows = [{ n: 1 }, { n: 2 }, { n: 3 }];

  it('shows `limit` rows and points the cursor at the last one shown when more follow', () => {
    const page = toKeysetPage(rows, 2, (last) => [last.n]);
    expect(page.rows).toEqual([{ n: 1 }, { n: 2 }]);
    expect(decodeCursor(page.next_cursor ?? '', ['int'])).toEqual([2]);
  });

  it('answers no cursor on the last page', () => {
    expect(toKeysetPage(rows, 3, (last) => [last.n])).toEqual({ rows, next_cursor: null });
    expect(toKeysetPage([], 3, () => [0])).toEqual({ rows: [], next_cursor: null });
  });
});
