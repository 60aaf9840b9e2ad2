import type {
  ActivityType,
  AiSummaryResponse,
  CommunicationResponse,
  LeadResponse,
  WEBHOOK_TEST_EVENT,
  WebhookEventType,
} from '@loved/shared';

export type WebhookDeliveryEventType = WebhookEventType | typeof WEBHOOK_TEST_EVENT;

/** An activity as its reminder names it (what a receiver needs to act on it). */
export type DueActivity = {
  id: string;
  type: ActivityType;
  subject: string;
  due_at: string;
  assigned_user_id: string | null;
};

/** What each event carries as `data`. */
export type WebhookEventData = {
  'lead.created': { lead: LeadResponse };
  'lead.updated': { lead: LeadResponse };
  'lead.moved': { lead: LeadResponse };
  'lead.deleted': { lead: { id: string } };
  'communication.created': { communication: CommunicationResponse; lead_id: string };
  'communication.status_changed': { communication: CommunicationResponse; lead_id: string };
  'ai_summary.ready': { ai_summary: AiSummaryResponse; lead_id: string };
  'activity.due': { activity: DueActivity; lead_id: string };
  'webhook.test': { endpoint_id: string };
};

/** The body receivers get (Standard Webhooks' suggested shape). */
export type WebhookPayload = {
  type: WebhookDeliveryEventType;
  timestamp: string;
  data: Record<string, unknown>;
};

/** The exact bytes sent (and signed): the same for every attempt of a delivery. */
export function serializeWebhookPayload(
  type: WebhookDeliveryEventType,
  occurredAt: Date,
  data: Record<string, unknown>,
): string {
  const payload: WebhookPayload = { type, timestamp: occurredAt.toISOString(), data };
  return JSON.stringify(payload);
}
