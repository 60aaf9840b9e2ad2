import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, detectDelimiter, parseCsv } from './csv-parse.util';

const fields = (text: string): string[][] => parseCsv(text).map((record) => record.fields);

describe('detectDelimiter', () => {
  it('picks ; when the header uses more semicolons than commas', () => {
    expect(detectDelimiter('nome;e-mail;valor\nJoão;j@x.com;1,50')).toBe(';');
  });

  it('picks , for a comma-separated header', () => {
    expect(detectDelimiter('name,email,value\nAna;Bia,a@x.com,10')).toBe(',');
  });

  it('ignores delimiters inside quoted header titles', () => {
    expect(detectDelimiter('"nome, completo";"e-mail, pessoal";valor')).toBe(';');
    expect(detectDelimiter('"a;b;c",name,email')).toBe(',');
  });

  it('defaults to , for a single-column header', () => {
    expect(detectDelimiter('nome\nAna')).toBe(',');
  });
});

describe('parseCsv', () => {
  it('splits plain records on LF', () => {
    expect(fields('nome,email\nAna,ana@x.com\n')).toEqual([
      ['nome', 'email'],
      ['Ana', 'ana@x.com'],
    ]);
  });

  it('accepts CRLF and a last record without a line end', () => {
    expect(fields('nome;valor\r\nAna;10\r\nBia;20')).toEqual([
      ['nome', 'valor'],
      ['Ana', '10'],
      ['Bia', '20'],
    ]);
  });

  it('keeps delimiters inside quoted fields', () => {
    expect(fields('nome,tags\n"Silva, Ana","vip,site"\n')[1]).toEqual(['Silva, Ana', 'vip,site']);
  });

  it('turns a doubled quote inside quotes into one quote', () => {
    expect(fields('nome\n"Ana ""Aninha"" Souza"\n""""\n')).toEqual([
      ['nome'],
      ['Ana "Aninha" Souza'],
      ['"'],
    ]);
  });

  it('keeps a line break inside quotes and numbers records by the line they start on', () => {
    const records = parseCsv('nome,obs\r\n"Ana","linha 1\r\nlinha 2"\r\nBia,x\r\n');
    expect(records).toEqual([
      { line: 1, fields: ['nome', 'obs'] },
      { line: 2, fields: ['Ana', 'linha 1\r\nlinha 2'] },
      { line: 4, fields: ['Bia', 'x'] },
    ]);
  });

  it('counts empty lines, returning them as one empty field', () => {
    expect(parseCsv('nome\n\nAna\n')).toEqual([
      { line: 1, fields: ['nome'] },
      { line: 2, fields: [''] },
      { line: 3, fields: ['Ana'] },
    ]);
  });

  it('keeps empty fields, including a trailing one', () => {
    expect(fields('a,b,c\n,,\nx,')).toEqual([
      ['a', 'b', 'c'],
      ['', '', ''],
      ['x', ''],
    ]);
  });

  it('keeps a stray quote inside an unquoted field as text', () => {
    expect(fields('nome\nAna d"Ávila\n')[1]).toEqual(['Ana d"Ávila']);
  });

  it('uses the delimiter it detects from the header', () => {
    expect(fields('nome;valor\nAna;1.500,50\n')[1]).toEqual(['Ana', '1.500,50']);
  });

  it('accepts an explicit delimiter', () => {
    expect(fields('a;b')).toEqual([['a', 'b']]);
    expect(parseCsv('a;b,c', ',').map((r) => r.fields)).toEqual([['a;b', 'c']]);
  });

  it('refuses a quote left open, naming the line it opened on', () => {
    expect(() => parseCsv('nome\nAna\n"Bia\nCarla\n')).toThrow(CsvSyntaxError);
    try {
      parseCsv('nome\nAna\n"Bia\nCarla\n');
    } catch (error) {
      expect((error as CsvSyntaxError).line).toBe(3);
    }
  });

  it('answers no records for an empty text', () => {
    expect(parseCsv('')).toEqual([]);
  });
});
