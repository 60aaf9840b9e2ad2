import type { WEBHOOK_TEST_EVENT, WebhookEventType } from '@loved/shared';
import type { TranslationKey } from '@/lib/i18n/translate';

type DeliveredEvent = WebhookEventType | typeof WEBHOOK_TEST_EVENT;

// Event names hold dots, which the dictionary reads as nesting: each gets a plain key instead.
// The web bundle takes only types from @loved/shared; the record makes an event added there
// fail to compile here until it has a text.
const SUBSCRIBABLE_EVENT_LABEL_KEYS: Record<WebhookEventType, TranslationKey> = {
  'lead.created': 'apiAccess.webhooks.events.leadCreated',
  'lead.updated': 'apiAccess.webhooks.events.leadUpdated',
  'lead.moved': 'apiAccess.webhooks.events.leadMoved',
  'lead.deleted': 'apiAccess.webhooks.events.leadDeleted',
  'communication.created': 'apiAccess.webhooks.events.communicationCreated',
  'communication.status_changed': 'apiAccess.webhooks.events.communicationStatusChanged',
  'ai_summary.ready': 'apiAccess.webhooks.events.aiSummaryReady',
  'activity.due': 'apiAccess.webhooks.events.activityDue',
};

const EVENT_LABEL_KEYS: Record<DeliveredEvent, TranslationKey> = {
  ...SUBSCRIBABLE_EVENT_LABEL_KEYS,
  'webhook.test': 'apiAccess.webhooks.events.test',
};

/** The events an endpoint can subscribe to, in the order the form offers them. */
export const WEBHOOK_EVENT_OPTIONS = Object.keys(
  SUBSCRIBABLE_EVENT_LABEL_KEYS,
) as WebhookEventType[];

/** The text key naming an event, or null for one this SPA does not know yet. */
export function webhookEventLabelKey(event: string): TranslationKey | null {
  return Object.hasOwn(EVENT_LABEL_KEYS, event)
    ? (EVENT_LABEL_KEYS[event as DeliveredEvent] ?? null)
    : null;
}
