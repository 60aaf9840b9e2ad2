import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CSV_ALIASES, mapCsvHeader } from '@/features/lead-list/utils/csv-columns';

const API_COLUMNS = join(
  __dirname,
  '../../../../../api/src/modules/leads/utils/csv-lead-columns.util.ts',
);

/** The API's `ALIASES` table, read from its source (the web never imports API code). */
function apiAliases(): Record<string, string[]> {
  const source = readFileSync(API_COLUMNS, 'utf8');
  const block = /const ALIASES[^=]*=\s*\{([\s\S]*?)\n\};/.exec(source)?.[1] ?? '';
  return Object.fromEntries(
    [...block.matchAll(/(\w+):\s*\[([^\]]*)\]/g)].map((match) => [
      match[1] ?? '',
      [...(match[2] ?? '').matchAll(/'([^']*)'/g)].map((alias) => alias[1] ?? ''),
    ]),
  );
}

describe('CSV column mapping', () => {
  it('knows the same header names as the import API', () => {
    const api = apiAliases();
    expect(Object.keys(api)).toContain('name');
    expect(CSV_ALIASES).toEqual(api);
  });

  it('maps headers in Portuguese or English, whatever their accents and case', () => {
    expect(
      mapCsvHeader([
        'Nome Completo',
        'E-mail',
        'Celular',
        'Etapa',
        'Valor Estimado',
        'Observações',
      ]),
    ).toEqual(['name', 'email', 'phone', 'stage', 'value', null]);
  });
});
