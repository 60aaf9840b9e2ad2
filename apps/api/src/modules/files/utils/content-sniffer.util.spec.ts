import { describe, expect, it } from 'vitest';
import { sniffContentType } from './content-sniffer.util';

const sniff = (bytes: number[] | string, declared?: string): string =>
  sniffContentType(typeof bytes === 'string' ? Buffer.from(bytes, 'latin1') : Buffer.from(bytes), {
    complete: true,
    declared,
  });

describe('sniffContentType', () => {
  it.each([
    [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0], 'image/png'],
    [[0xff, 0xd8, 0xff, 0xe0], 'image/jpeg'],
    ['%PDF-1.7', 'application/pdf'],
    ['OggS\0\x02', 'audio/ogg'],
    ['ID3\x04', 'audio/mpeg'],
    ['RIFF\0\0\0\0WAVEfmt ', 'audio/wav'],
    ['RIFF\0\0\0\0WEBPVP8 ', 'image/webp'],
    ['\0\0\0\x18ftypmp42', 'video/mp4'],
    ['\0\0\0\x18ftypM4A ', 'audio/mp4'],
    ['#!AMR\n', 'audio/amr'],
    [[...Buffer.from('Olá, tudo bem?\n', 'utf8')], 'text/plain'],
    [[0, 1, 2, 3, 0xfe], 'application/octet-stream'],
  ])('recognises %j as %s', (bytes, type) => {
    expect(sniff(bytes as number[] | string)).toBe(type);
  });

  it('never trusts a declared type the bytes do not prove', () => {
    expect(sniff('<html><script>alert(1)</script>', 'text/html')).toBe('text/plain');
    expect(sniff([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'application/pdf')).toBe(
      'image/png',
    );
  });

  it('takes a declared subtype of the container the bytes prove', () => {
    const docx = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
    expect(sniff([0x50, 0x4b, 0x03, 0x04, 0x14], docx)).toBe(docx);
    expect(sniff('a;b\n1;2\n', 'text/csv; charset=utf-8')).toBe('text/csv');
  });
});
