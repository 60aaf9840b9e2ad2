import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '@/lib/i18n/dictionary.en';
import { ptBR } from '@/lib/i18n/dictionary.pt-br';

const API_SRC = join(__dirname, '../../../../api/src');

function exceptionFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return exceptionFiles(path);
    return entry.name.endsWith('.exception.ts') ? [path] : [];
  });
}

/** The codes the API answers with: the values of each `XxxErrorCode` const of its exceptions. */
function apiErrorCodes(): string[] {
  const codes = new Set<string>();
  for (const file of exceptionFiles(API_SRC)) {
    const source = readFileSync(file, 'utf8');
    for (const block of source.matchAll(/ErrorCode = \{([^}]*)\}/g)) {
      for (const value of (block[1] ?? '').matchAll(/'([A-Z][A-Z_]+)'/g)) codes.add(value[1] ?? '');
    }
  }
  return [...codes].sort();
}

describe('error code texts', () => {
  const codes = apiErrorCodes();

  it('finds the codes of the API', () => {
    expect(codes).toEqual(expect.arrayContaining(['LEAD_NOT_FOUND', 'VALIDATION_FAILED']));
  });

  it.each([
    ['pt-BR', ptBR.errors.codes],
    ['en', en.errors.codes],
  ])('has a %s text for every code the API answers with', (_language, texts) => {
    expect(codes.filter((code) => !(code in texts))).toEqual([]);
  });
});
