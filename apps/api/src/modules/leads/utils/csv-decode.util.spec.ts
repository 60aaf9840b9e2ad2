import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv-parse.util';
import { decodeCsvBytes } from './csv-decode.util';

describe('decodeCsvBytes', () => {
  it('reads UTF-8', () => {
    expect(decodeCsvBytes(Buffer.from('nome\nJoão Conceição\n', 'utf8'))).toBe(
      'nome\nJoão Conceição\n',
    );
  });

  it('drops a UTF-8 byte order mark so the first header is clean', () => {
    const text = decodeCsvBytes(
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('nome;email\n')]),
    );
    expect(text).toBe('nome;email\n');
    expect(parseCsv(text)[0]?.fields[0]).toBe('nome');
  });

  it('falls back to Latin-1 for bytes that are not UTF-8', () => {
    expect(decodeCsvBytes(Buffer.from('nome\nJoão;Conceição\n', 'latin1'))).toBe(
      'nome\nJoão;Conceição\n',
    );
  });

  it('reads Windows-1252 punctuation Excel writes (curly quotes, euro)', () => {
    expect(decodeCsvBytes(Buffer.from([0x93, 0x41, 0x94, 0x20, 0x80]))).toBe(
      '\u201cA\u201d \u20ac',
    );
  });
});
