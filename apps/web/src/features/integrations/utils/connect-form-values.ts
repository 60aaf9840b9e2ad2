import type { TranslationKey } from '@/lib/i18n/translate';

/** Every value without the spaces that come along when an id or a token is pasted. */
export function trimmedValues<T extends Record<string, string>>(values: T): T {
  return Object.fromEntries(
    Object.entries(values).map(([name, value]) => [name, value.trim()]),
  ) as T;
}

/** `validation.required` for each field left empty. */
export function missingValueProblems<T extends Record<string, string>>(
  body: T,
): Partial<Record<keyof T, TranslationKey>> {
  const problems: Partial<Record<keyof T, TranslationKey>> = {};
  for (const [field, value] of Object.entries(body) as Array<[keyof T, string]>) {
    if (!value) problems[field] = 'validation.required';
  }
  return problems;
}
