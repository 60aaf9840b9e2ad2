import type { NotificationResponse } from '@loved/shared';
import { format } from 'date-fns';
import { dateLocaleOf } from '@/lib/i18n/format';
import type { Translate } from '@/lib/i18n/translate';
import type { Language } from '@/stores/language.store';

/**
 * The sentence a notification reads as, in the user's language: "Nova mensagem de Padaria no
 * WhatsApp", "Ana mencionou você em uma nota em Padaria". The due time is shown in the
 * browser's clock, the one the user reads it by.
 */
export function notificationText(
  notification: NotificationResponse,
  t: Translate,
  language: Language,
): string {
  const lead = notification.lead?.name ?? t('notifications.someLead');
  const actor = notification.actor?.name;
  switch (notification.kind) {
    case 'inbound_message':
      return notification.channel
        ? t(`notifications.text.inboundMessage.${notification.channel}`, { lead })
        : t('notifications.text.inboundMessageAny', { lead });
    case 'activity_due': {
      const activity = notification.activity;
      if (!activity) return t('notifications.text.activityDueAny', { lead });
      const time = format(new Date(activity.due_at), 'p', { locale: dateLocaleOf(language) });
      return t('notifications.text.activityDue', { subject: activity.subject, lead, time });
    }
    case 'lead_assigned':
      return actor
        ? t('notifications.text.leadAssigned', { actor, lead })
        : t('notifications.text.leadAssignedNoActor', { lead });
    case 'mention':
      return actor
        ? t('notifications.text.mention', { actor, lead })
        : t('notifications.text.mentionNoActor', { lead });
    case 'webhook_endpoint_disabled':
      return t('notifications.text.webhookEndpointDisabled');
    default:
      return t('notifications.text.other', { lead });
  }
}
