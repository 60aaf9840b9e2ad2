import type { TranslationKey } from '@/lib/i18n/translate';

/** What each route declares in `handle`: its name (header, tab title) and content width. */
export type RouteHandle = {
  titleKey: TranslationKey;
  /** `wide` lets the page use the whole width (the board); default keeps a reading width. */
  width?: 'default' | 'wide';
};

export function isRouteHandle(value: unknown): value is RouteHandle {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Record<string, unknown>).titleKey === 'string'
  );
}
