/** Providers an organisation connects; one integration of each per organisation. */
export const IntegrationProvider = {
  WhatsApp: 'whatsapp',
  Twilio: 'twilio',
  Email: 'email',
} as const;
export type IntegrationProvider = (typeof IntegrationProvider)[keyof typeof IntegrationProvider];

/** `needs_reauth`: the provider refused our credentials (revoked or expired token). */
export const IntegrationStatus = {
  Active: 'active',
  NeedsReauth: 'needs_reauth',
  Disconnected: 'disconnected',
} as const;
export type IntegrationStatus = (typeof IntegrationStatus)[keyof typeof IntegrationStatus];

export type IntegrationError = { code: string; message: string; occurred_at: string };

/** `POST /api/v1/integrations/whatsapp` (admin). Secrets are checked, encrypted, never returned. */
export type ConnectWhatsAppRequest = {
  phone_number_id: string;
  waba_id: string;
  access_token: string;
  app_secret: string;
  verify_token: string;
  display_phone_number: string;
};

/** `GET /api/v1/integrations/whatsapp`: status without secrets (`disconnected` when none). */
export type WhatsAppIntegrationResponse = {
  provider: 'whatsapp';
  status: IntegrationStatus;
  phone_number_id: string | null;
  waba_id: string | null;
  display_phone_number: string | null;
  /** The business name Meta shows for the number, read when the token was checked. */
  verified_name: string | null;
  /** Where Meta must send webhooks (configured in the Meta app). */
  webhook_url: string;
  connected_at: string | null;
  updated_at: string | null;
  last_error: IntegrationError | null;
};

/** Durable inbox of provider webhooks: kept before processing, so nothing is lost. */
export const WebhookEventStatus = {
  Pending: 'pending',
  Processed: 'processed',
  Failed: 'failed',
  Unroutable: 'unroutable',
} as const;
export type WebhookEventStatus = (typeof WebhookEventStatus)[keyof typeof WebhookEventStatus];
export const WEBHOOK_EVENT_STATUSES: readonly WebhookEventStatus[] =
  Object.values(WebhookEventStatus);

/** `GET /api/v1/integrations/whatsapp/events?status=failed` (admin), keyset-paginated. */
export type WebhookEventResponse = {
  id: string;
  provider: IntegrationProvider;
  status: WebhookEventStatus;
  attempts: number;
  last_error: string | null;
  /** Messages and statuses the event carries. */
  update_count: number;
  received_at: string;
  processed_at: string | null;
};

export type WhatsAppTemplateComponent = Record<string, unknown>;

/** A message template approved in the WhatsApp Business Account. */
export type WhatsAppTemplate = {
  name: string;
  language: string;
  category: string | null;
  status: string;
  /** As Meta describes them (HEADER/BODY/FOOTER/BUTTONS, with `text` and examples). */
  components: WhatsAppTemplateComponent[];
};

/** `POST /api/v1/communications/whatsapp/send`: exactly one of text, template or file_id. */
export type SendWhatsAppRequest = {
  lead_id: string;
  text?: string;
  template?: { name: string; language: string; components?: WhatsAppTemplateComponent[] };
  file_id?: string;
  caption?: string;
};

/**
 * `GET /api/v1/communications/whatsapp/window?lead_id=…`: free text is allowed only within 24 h
 * of the lead's last inbound WhatsApp message; outside it a template is needed.
 */
export type WhatsAppWindowResponse = {
  open: boolean;
  last_inbound_at: string | null;
  closes_at: string | null;
};
