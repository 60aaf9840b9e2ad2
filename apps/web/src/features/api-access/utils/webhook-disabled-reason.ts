import type { TranslationKey } from '@/lib/i18n/translate';

/**
 * The API says why it disabled an endpoint in English, for developers; the two reasons it
 * gives are known here and shown in the interface language. Another reason shows as sent.
 */
const KNOWN_REASONS: Record<string, TranslationKey> = {
  'Paused by an admin.': 'apiAccess.webhooks.disabledReasons.paused',
  'Deliveries failed for about 24 hours; the endpoint was disabled.':
    'apiAccess.webhooks.disabledReasons.failing',
};

export function webhookDisabledReasonKey(reason: string): TranslationKey | null {
  return Object.hasOwn(KNOWN_REASONS, reason) ? (KNOWN_REASONS[reason] ?? null) : null;
}
