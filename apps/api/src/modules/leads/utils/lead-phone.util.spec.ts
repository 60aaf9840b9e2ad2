import { describe, expect, it } from 'vitest';
import { normalizePhone } from './lead-phone.util';

describe('normalizePhone', () => {
  it('stores a Brazilian mobile as E.164', () => {
    expect(normalizePhone('(11) 98765-4321')?.e164).toBe('+5511987654321');
    expect(normalizePhone('+55 11 98765 4321')?.e164).toBe('+5511987654321');
  });

  it('matches a mobile with and without the ninth digit, as WhatsApp ids omit it', () => {
    const withNine = normalizePhone('+5511987654321');
    const withoutNine = normalizePhone('551187654321');
    expect(withoutNine?.e164).toBe('+5511987654321');
    expect(withoutNine?.matchKey).toBe(withNine?.matchKey);
  });

  it('keeps landlines apart from mobiles', () => {
    const landline = normalizePhone('(11) 3456-7890');
    expect(landline?.e164).toBe('+551134567890');
    expect(landline?.matchKey).toBe('+551134567890');
  });

  it('accepts foreign numbers in international form', () => {
    expect(normalizePhone('+1 415 555 2671')?.e164).toBe('+14155552671');
  });

  it('refuses what cannot be a phone', () => {
    expect(normalizePhone('abc')).toBeNull();
    expect(normalizePhone('123')).toBeNull();
  });
});
