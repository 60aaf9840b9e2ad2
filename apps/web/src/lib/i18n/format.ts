import { format, formatDistanceToNow, type Locale } from 'date-fns';
import { enUS } from 'date-fns/locale/en-US';
import { ptBR } from 'date-fns/locale/pt-BR';
import type { Language } from '@/stores/language.store';

const DATE_LOCALES: Record<Language, Locale> = { 'pt-BR': ptBR, en: enUS };

const moneyFormats = new Map<Language, Intl.NumberFormat>();

function moneyFormat(language: Language): Intl.NumberFormat {
  let formatter = moneyFormats.get(language);
  if (!formatter) {
    formatter = new Intl.NumberFormat(language, { style: 'currency', currency: 'BRL' });
    moneyFormats.set(language, formatter);
  }
  return formatter;
}

export function dateLocaleOf(language: Language): Locale {
  return DATE_LOCALES[language];
}

/**
 * BRL from the API's exact decimal string ("1500.00") or integer cents. The string goes to
 * Intl as is, so no float rounding happens on the way.
 */
export function formatMoney(value: string | number, language: Language): string {
  return moneyFormat(language).format(value as Intl.StringNumericLiteral);
}

export function formatCents(cents: number, language: Language): string {
  return moneyFormat(language).format(cents / 100);
}

/** "há 3 dias" / "3 days ago". */
export function formatRelative(iso: string, language: Language): string {
  return formatDistanceToNow(new Date(iso), { addSuffix: true, locale: dateLocaleOf(language) });
}

/** "28/11/2026 14:05" / "11/28/2026 2:05 PM". */
export function formatDateTime(iso: string, language: Language): string {
  return format(new Date(iso), 'Pp', { locale: dateLocaleOf(language) });
}

export function formatDate(iso: string, language: Language): string {
  return format(new Date(iso), 'P', { locale: dateLocaleOf(language) });
}

export function formatTime(date: Date, language: Language): string {
  return format(date, 'HH:mm:ss', { locale: dateLocaleOf(language) });
}
