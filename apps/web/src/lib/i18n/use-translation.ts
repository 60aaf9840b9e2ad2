import { useCallback, useMemo } from 'react';
import { en } from '@/lib/i18n/dictionary.en';
import { ptBR } from '@/lib/i18n/dictionary.pt-br';
import {
  formatCents,
  formatDate,
  formatDateTime,
  formatMoney,
  formatRelative,
  formatTime,
} from '@/lib/i18n/format';
import { translate, type Dictionary, type Translate } from '@/lib/i18n/translate';
import { useLanguageStore, type Language } from '@/stores/language.store';

const DICTIONARIES: Record<Language, Dictionary> = { 'pt-BR': ptBR, en };

export type UseTranslationResult = {
  t: Translate;
  language: Language;
  dictionary: Dictionary;
  setLanguage: (language: Language) => void;
  money: (value: string | number) => string;
  cents: (cents: number) => string;
  relative: (iso: string) => string;
  dateTime: (iso: string) => string;
  date: (iso: string) => string;
  time: (date: Date) => string;
};

/** Texts and number/date formats of the language the user picked (pt-BR by default). */
export function useTranslation(): UseTranslationResult {
  const language = useLanguageStore((state) => state.language);
  const setLanguage = useLanguageStore((state) => state.setLanguage);
  const dictionary = DICTIONARIES[language];
  const t = useCallback<Translate>(
    (key, params) => translate(dictionary, key, params),
    [dictionary],
  );

  return useMemo(
    () => ({
      t,
      language,
      dictionary,
      setLanguage,
      money: (value) => formatMoney(value, language),
      cents: (value) => formatCents(value, language),
      relative: (iso) => formatRelative(iso, language),
      dateTime: (iso) => formatDateTime(iso, language),
      date: (iso) => formatDate(iso, language),
      time: (value) => formatTime(value, language),
    }),
    [t, language, dictionary, setLanguage],
  );
}
