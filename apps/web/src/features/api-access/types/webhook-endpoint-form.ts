import type { WebhookEventType } from '@loved/shared';

/** What the webhook form holds while the admin edits it. */
export type WebhookEndpointFormValues = {
  url: string;
  description: string;
  events: WebhookEventType[];
  enabled: boolean;
};

export type WebhookEndpointFormField = 'url' | 'description' | 'events';

export type WebhookEndpointFormErrors = Partial<Record<WebhookEndpointFormField, string>>;
