import type { Language } from '@/stores/language.store';

const SECONDS_PER_MINUTE = 60;
const SECONDS_PER_HOUR = 3600;
const SECONDS_PER_DAY = 86_400;

const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(language: Language, fractionDigits: number): Intl.NumberFormat {
  const key = `${language}:${fractionDigits}`;
  let formatter = numberFormats.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(language, {
      minimumFractionDigits: fractionDigits,
      maximumFractionDigits: fractionDigits,
    });
    numberFormats.set(key, formatter);
  }
  return formatter;
}

/** A whole count with the language's grouping: "1.234" / "1,234". */
export function formatCount(value: number, language: Language): string {
  return numberFormat(language, 0).format(value);
}

/**
 * The number of a ratio given as the API's decimal string ("0.4286"), in percent with one
 * decimal place: "42,9" / "42.9" (the sign is the dictionary's, as pt-BR spaces it).
 */
export function formatPercentNumber(ratio: string, language: Language): string {
  return numberFormat(language, 1).format(Number(ratio) * 100);
}

/** A decimal string with one place ("12.5") in the language's notation: "12,5" / "12.5". */
export function formatDecimal(value: string, language: Language): string {
  return numberFormat(language, 1).format(Number(value));
}

/**
 * A duration in its two largest units, zeros left out: "45 s", "3 min 20 s", "2 h 5 min",
 * "1 d 4 h". The unit symbols are the same in both languages.
 */
export function formatDuration(totalSeconds: number, language: Language): string {
  const seconds = Math.max(0, Math.round(totalSeconds));
  const count = (value: number): string => formatCount(value, language);
  const pair = (big: number, bigUnit: string, small: number, smallUnit: string): string =>
    small > 0
      ? `${count(big)} ${bigUnit} ${count(small)} ${smallUnit}`
      : `${count(big)} ${bigUnit}`;
  if (seconds < SECONDS_PER_MINUTE) return `${count(seconds)} s`;
  if (seconds < SECONDS_PER_HOUR) {
    return pair(Math.floor(seconds / SECONDS_PER_MINUTE), 'min', seconds % SECONDS_PER_MINUTE, 's');
  }
  if (seconds < SECONDS_PER_DAY) {
    const minutes = Math.floor((seconds % SECONDS_PER_HOUR) / SECONDS_PER_MINUTE);
    return pair(Math.floor(seconds / SECONDS_PER_HOUR), 'h', minutes, 'min');
  }
  const hours = Math.floor((seconds % SECONDS_PER_DAY) / SECONDS_PER_HOUR);
  return pair(Math.floor(seconds / SECONDS_PER_DAY), 'd', hours, 'h');
}
