import { describe, expect, it } from 'vitest';
import { decodeCsvBytes, previewCsv } from '@/features/lead-list/utils/csv-preview';

describe('previewCsv', () => {
  it('reads a pt-BR spreadsheet (semicolons, BOM, quoted fields, CRLF) as the import does', () => {
    const text =
      '\uFEFFNome;Valor;Obs\r\n"Padaria; Pão";"1.500,00";"linha 1\r\nlinha 2"\r\n\r\nOficina;;x\r\n';
    const result = previewCsv(text);
    expect(result).toEqual({
      ok: true,
      preview: {
        header: ['Nome', 'Valor', 'Obs'],
        rows: [
          ['Padaria; Pão', '1.500,00', 'linha 1\r\nlinha 2'],
          ['Oficina', '', 'x'],
        ],
        rowCount: 2,
      },
    });
  });

  it('shows only the first rows but counts them all', () => {
    const text = ['nome', ...Array.from({ length: 12 }, (_, i) => `Lead ${i}`)].join('\n');
    const result = previewCsv(text, 5);
    expect(result.ok && result.preview.rows).toHaveLength(5);
    expect(result.ok && result.preview.rowCount).toBe(12);
  });

  it('says where a quote never closes', () => {
    expect(previewCsv('nome,email\nAna,ana@x.test\n"Bruno,b@x.test\n')).toEqual({
      ok: false,
      reason: 'unclosedQuote',
      line: 3,
    });
  });

  it('refuses a file without a header', () => {
    expect(previewCsv('\n\n')).toEqual({ ok: false, reason: 'empty' });
  });
});

describe('decodeCsvBytes', () => {
  it('reads Excel-on-Windows bytes (Windows-1252) when they are not UTF-8', () => {
    const latin = new Uint8Array([0x4a, 0x6f, 0xe3, 0x6f]); // "João" in Windows-1252
    expect(decodeCsvBytes(latin.buffer)).toBe('João');
  });
});
