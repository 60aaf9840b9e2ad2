import { describe, expect, it } from 'vitest';
import { initialsOf } from '@/utils/initials';

describe('initialsOf', () => {
  it('takes the first letters of the first and last names', () => {
    expect(initialsOf('Ana Maria Souza')).toBe('AS');
  });

  it('takes two letters of a single name', () => {
    expect(initialsOf('joão')).toBe('JO');
  });

  it('gives nothing for a blank name', () => {
    expect(initialsOf('   ')).toBe('');
  });
});
