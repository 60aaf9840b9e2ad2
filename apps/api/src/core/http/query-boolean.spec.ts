import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { describe, expect, it } from 'vitest';
import { QueryBoolean } from './query-boolean';

class Filters {
  @QueryBoolean()
  flag: unknown;
}

const read = (flag: unknown) => {
  const filters = plainToInstance(Filters, { flag });
  return { flag: filters.flag, errors: validateSync(filters).length };
};

describe('QueryBoolean', () => {
  it('reads true and false from a query string or a JSON body', () => {
    expect(read('true')).toEqual({ flag: true, errors: 0 });
    expect(read('false')).toEqual({ flag: false, errors: 0 });
    expect(read(true)).toEqual({ flag: true, errors: 0 });
    expect(read(false)).toEqual({ flag: false, errors: 0 });
  });

  it.each(['1', 'yes', 'TRUE', '', 0])('refuses %j instead of guessing', (value) => {
    expect(read(value).errors).toBe(1);
  });
});
