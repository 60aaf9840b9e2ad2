import { describe, expect, it } from 'vitest';
import { centsToDecimal, decimalToCents, parseBrazilianAmount } from './lead-money.util';

describe('lead money', () => {
  it('converts exact decimals to cents without floating point', () => {
    expect(decimalToCents('1500.00')).toBe(150000);
    expect(decimalToCents('0.1')).toBe(10);
    expect(decimalToCents('19.99')).toBe(1999);
    expect(decimalToCents('1.999')).toBeNull();
    expect(decimalToCents('-5')).toBeNull();
  });

  it('formats cents as a decimal string', () => {
    expect(centsToDecimal(150000)).toBe('1500.00');
    expect(centsToDecimal(5)).toBe('0.05');
  });

  it('reads amounts as typed in Brazilian spreadsheets', () => {
    expect(parseBrazilianAmount('R$ 1.500,50')).toBe(150050);
    expect(parseBrazilianAmount('2500')).toBe(250000);
    expect(parseBrazilianAmount('1500.5')).toBe(150050);
    expect(parseBrazilianAmount('12,5')).toBe(1250);
    expect(parseBrazilianAmount('abc')).toBeNull();
  });
});
