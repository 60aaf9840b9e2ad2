import type { ptBR } from '@/lib/i18n/dictionary.pt-br';

/** The shape every language's dictionary has: the Portuguese one's, with string leaves. */
export type Dictionary = typeof ptBR;

type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** A dot path to one text, such as `pipeline.newLead`. */
export type TranslationKey = Leaves<Dictionary>;

export type TranslationParams = Record<string, string | number>;

export type Translate = (key: TranslationKey, params?: TranslationParams) => string;

function lookup(dictionary: Dictionary, key: string): string | undefined {
  let node: unknown = dictionary;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/** The text of `key`, with each `{name}` replaced by `params.name`; the key itself if missing. */
export function translate(
  dictionary: Dictionary,
  key: TranslationKey,
  params?: TranslationParams,
): string {
  const text = lookup(dictionary, key) ?? key;
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in params ? String(params[name]) : match,
  );
}

/** For keys built at runtime (an API code, a stage): whether the dictionary has that text. */
export function hasTranslation(dictionary: Dictionary, key: string): key is TranslationKey {
  return lookup(dictionary, key) !== undefined;
}
