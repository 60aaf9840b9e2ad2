import type { Language } from '@/stores/language.store';

const UNITS = ['B', 'KB', 'MB', 'GB'] as const;

/** 1536 → "1,5 KB" (pt-BR) / "1.5 KB" (en): powers of 1024, one decimal past bytes. */
export function formatFileSize(bytes: number, language: Language): string {
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 ? 0 : 1;
  const number = new Intl.NumberFormat(language, { maximumFractionDigits: digits }).format(value);
  return `${number} ${UNITS[unit]}`;
}
