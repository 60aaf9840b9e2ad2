import { describe, expect, it } from 'vitest';
import {
  centsColumnTransformer,
  centsToDecimal,
  centsTotal,
  decimalToCents,
  parseBrazilianAmount,
  UnsafeCentsError,
} from './lead-money.util';

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
    expect(centsToDecimal('18446744073709551614')).toBe('184467440737095516.14');
  });

  it('answers a total exactly, as cents only while a number holds it', () => {
    expect(centsTotal('150050')).toEqual({ decimal: '1500.50', cents: 150050 });
    expect(centsTotal('9007199254740993')).toEqual({ decimal: '90071992547409.93', cents: null });
  });

  it('never rounds the bigint column: refuses values a number cannot hold', () => {
    expect(centsColumnTransformer.from('9007199254740991')).toBe(Number.MAX_SAFE_INTEGER);
    expect(centsColumnTransformer.from(null)).toBeNull();
    expect(() => centsColumnTransformer.from('9007199254740993')).toThrow(UnsafeCentsError);
    expect(() => centsColumnTransformer.to(2 ** 60)).toThrow(UnsafeCentsError);
    expect(() => centsColumnTransformer.to(1.5)).toThrow(UnsafeCentsError);
    expect(centsColumnTransformer.to(150050)).toBe(150050);
  });

  it('reads amounts as typed in Brazilian spreadsheets', () => {
    expect(parseBrazilianAmount('R$ 1.500,50')).toBe(150050);
    expect(parseBrazilianAmount('2500')).toBe(250000);
    expect(parseBrazilianAmount('1500.5')).toBe(150050);
    expect(parseBrazilianAmount('12,5')).toBe(1250);
    expect(parseBrazilianAmount('abc')).toBeNull();
  });
});
