import { describe, expect, it } from 'vitest';
import { formatMoneyInput, parseMoneyInput } from '@/features/leads/utils/money-input';

describe('parseMoneyInput', () => {
  it.each([
    ['1.500,50', '1500.50'],
    ['1,500.50', '1500.50'],
    ['1500,5', '1500.50'],
    ['1500', '1500.00'],
    ['R$ 2.000', '2000.00'],
    ['1.500', '1500.00'],
    ['0,99', '0.99'],
    ['1.234.567,89', '1234567.89'],
  ])('reads %s as %s', (input, expected) => {
    expect(parseMoneyInput(input)).toBe(expected);
  });

  it('gives null for an empty field', () => {
    expect(parseMoneyInput('  ')).toBeNull();
  });

  it.each(['abc', '1,5,0', '-10', '12.34.5'])('refuses %s', (input) => {
    expect(parseMoneyInput(input)).toBeUndefined();
  });
});

describe('formatMoneyInput', () => {
  it('writes the amount as a Brazilian would type it', () => {
    expect(formatMoneyInput('1500.00', 'pt-BR')).toBe('1.500,00');
  });

  it('writes it the English way in English', () => {
    expect(formatMoneyInput('1500.00', 'en')).toBe('1,500.00');
  });
});
