import { describe, expect, it } from 'vitest';
import { contentDisposition, sanitizeFilename } from './filename.util';

describe('sanitizeFilename', () => {
  it.each([
    ['../../etc/passwd', 'passwd'],
    ['C:\\Users\\ana\\proposta.pdf', 'proposta.pdf'],
    ['bad\u0000name\r\n.txt', 'bad_name__.txt'],
    ['invoice\u202Efdp.exe', 'invoice_fdp.exe'],
    ['  .hidden  ', 'hidden'],
    ['CON.txt', '_CON.txt'],
    ['', 'file'],
    ['...', 'file'],
    ['Relatório de março.xlsx', 'Relatório de março.xlsx'],
  ])('%j becomes %j', (raw, safe) => {
    expect(sanitizeFilename(raw)).toBe(safe);
  });

  it('keeps the extension when cutting a long name to 200 bytes', () => {
    const name = sanitizeFilename(`${'ç'.repeat(300)}.pdf`);
    expect(Buffer.byteLength(name)).toBeLessThanOrEqual(200);
    expect(name.endsWith('.pdf')).toBe(true);
  });
});

describe('contentDisposition', () => {
  it('gives an ASCII fallback and the exact UTF-8 name (RFC 6266 / 8187)', () => {
    expect(contentDisposition('attachment', 'Proposta "final" (v2) é.pdf')).toBe(
      `attachment; filename="Proposta _final_ (v2) _.pdf"; filename*=UTF-8''Proposta%20_final_%20%28v2%29%20%C3%A9.pdf`,
    );
  });

  it('cannot be split by a name holding line breaks or quotes', () => {
    expect(contentDisposition('inline', 'a"\r\nSet-Cookie: x=1')).not.toMatch(
      /[\r\n]|Set-Cookie: /,
    );
  });
});
