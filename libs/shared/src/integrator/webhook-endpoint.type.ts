/** Events an outbound webhook endpoint can subscribe to. */
export const WebhookEventType = {
  LeadCreated: 'lead.created',
  LeadUpdated: 'lead.updated',
  LeadMoved: 'lead.moved',
  LeadDeleted: 'lead.deleted',
  CommunicationCreated: 'communication.created',
  CommunicationStatusChanged: 'communication.status_changed',
  /** An AI summary finished (`done`) or gave up (`failed`). */
  AiSummaryReady: 'ai_summary.ready',
  /** An open activity is due within 15 minutes (once per due time, with the reminder). */
  ActivityDue: 'activity.due',
} as const;
export type WebhookEventType = (typeof WebhookEventType)[keyof typeof WebhookEventType];
export const WEBHOOK_EVENT_TYPES: readonly WebhookEventType[] = Object.values(WebhookEventType);

/** The event a test delivery carries (`POST /webhook-endpoints/:id/test`); never subscribed. */
export const WEBHOOK_TEST_EVENT = 'webhook.test';

export const WebhookDeliveryStatus = {
  /** Waiting for its first attempt or for a retry. */
  Pending: 'pending',
  Succeeded: 'succeeded',
  /** Retries ran out (about 24 h) or the endpoint was disabled. */
  Failed: 'failed',
} as const;
export type WebhookDeliveryStatus =
  (typeof WebhookDeliveryStatus)[keyof typeof WebhookDeliveryStatus];

/** `POST /api/v1/webhook-endpoints`. */
export type CreateWebhookEndpointRequest = {
  url: string;
  events: WebhookEventType[];
  description?: string | null;
};

/** `PATCH /api/v1/webhook-endpoints/:id`; `enabled: true` re-enables a disabled endpoint. */
export type UpdateWebhookEndpointRequest = Partial<CreateWebhookEndpointRequest> & {
  enabled?: boolean;
};

export type WebhookEndpointResponse = {
  id: string;
  url: string;
  events: WebhookEventType[];
  description: string | null;
  enabled: boolean;
  /** Why the endpoint was disabled (e.g. deliveries failed for 24 h); null while enabled. */
  disabled_reason: string | null;
  disabled_at: string | null;
  created_at: string;
  updated_at: string;
};

/** The answer of `POST /api/v1/webhook-endpoints`: the signing secret (`whsec_…`) shown once. */
export type CreatedWebhookEndpointResponse = WebhookEndpointResponse & { secret: string };

/** One event to one endpoint, with its latest attempt (`GET …/:id/deliveries`, newest first). */
export type WebhookDeliveryResponse = {
  /** Also the `webhook-id` header: the same across retries, so receivers can deduplicate. */
  id: string;
  event_type: WebhookEventType | typeof WEBHOOK_TEST_EVENT;
  status: WebhookDeliveryStatus;
  attempts: number;
  response_status: number | null;
  duration_ms: number | null;
  error: string | null;
  next_attempt_at: string | null;
  delivered_at: string | null;
  created_at: string;
};
