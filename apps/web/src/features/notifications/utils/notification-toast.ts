import type { NotificationResponse } from '@loved/shared';
import { notificationText } from '@/features/notifications/utils/notification-text';
import { en } from '@/lib/i18n/dictionary.en';
import { ptBR } from '@/lib/i18n/dictionary.pt-br';
import { translate, type Dictionary, type Translate } from '@/lib/i18n/translate';
import { useLanguageStore, type Language } from '@/stores/language.store';
import { showToast } from '@/stores/toast.store';

const DICTIONARIES: Record<Language, Dictionary> = { 'pt-BR': ptBR, en };

/**
 * Pops a notification that arrived live up in the corner. It runs outside React (from the
 * live-event reducer), so it reads the language from its store instead of the hook.
 */
export function showNotificationToast(notification: NotificationResponse): void {
  const language = useLanguageStore.getState().language;
  const dictionary = DICTIONARIES[language];
  const t: Translate = (key, params) => translate(dictionary, key, params);
  showToast({ title: notificationText(notification, t, language) });
}
