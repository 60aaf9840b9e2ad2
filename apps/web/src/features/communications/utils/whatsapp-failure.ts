import type { WhatsAppMessageError } from '@/features/communications/utils/whatsapp-message';
import { hasTranslation, type Dictionary, type Translate } from '@/lib/i18n/translate';

/**
 * Why a WhatsApp message failed, for people: our words for Meta's common codes, else Meta's own
 * title (English, but specific), else its message.
 */
export function describeWhatsAppFailure(
  error: WhatsAppMessageError | null,
  t: Translate,
  dictionary: Dictionary,
): string {
  const key = `timeline.whatsapp.metaErrors.${error?.code ?? ''}`;
  if (error?.code && hasTranslation(dictionary, key)) return t(key);
  return error?.title ?? error?.message ?? t('timeline.whatsapp.failedUnknown');
}
