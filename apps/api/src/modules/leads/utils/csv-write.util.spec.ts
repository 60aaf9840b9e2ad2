import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv-parse.util';
import { escapeCsvField, neutralizeFormula, toCsvLine } from './csv-write.util';

describe('csv writing', () => {
  it('leaves plain values alone', () => {
    expect(escapeCsvField('João Silva', ';')).toBe('João Silva');
    expect(escapeCsvField('a,b', ';')).toBe('a,b');
  });

  it('quotes the delimiter, quotes and line breaks, doubling quotes', () => {
    expect(escapeCsvField('Silva; Ana', ';')).toBe('"Silva; Ana"');
    expect(escapeCsvField('Ana "Aninha"', ';')).toBe('"Ana ""Aninha"""');
    expect(escapeCsvField('linha 1\nlinha 2', ';')).toBe('"linha 1\nlinha 2"');
  });

  it('neutralises text that a spreadsheet would run as a formula', () => {
    expect(neutralizeFormula('=HYPERLINK("http://x")')).toBe('\'=HYPERLINK("http://x")');
    expect(neutralizeFormula('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(neutralizeFormula('-2+3')).toBe("'-2+3");
  });

  it('keeps signed numbers such as E.164 phones as they are', () => {
    expect(neutralizeFormula('+5511987654321')).toBe('+5511987654321');
    expect(neutralizeFormula('-10,5')).toBe('-10,5');
  });

  it('writes a CRLF-terminated line that parses back to the same values', () => {
    const values = ['Ana; "Aninha"', '', 'vip, site', 'linha\r\noutra'];
    const line = toCsvLine(values, ';');
    expect(line.endsWith('\r\n')).toBe(true);
    expect(parseCsv(line, ';')[0]?.fields).toEqual(values);
  });
});
