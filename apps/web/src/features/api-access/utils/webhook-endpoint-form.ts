import type {
  CreateWebhookEndpointRequest,
  UpdateWebhookEndpointRequest,
  WebhookEndpointResponse,
} from '@loved/shared';
import type {
  WebhookEndpointFormErrors,
  WebhookEndpointFormValues,
} from '@/features/api-access/types/webhook-endpoint-form';
import type { Translate } from '@/lib/i18n/translate';

export const EMPTY_WEBHOOK_ENDPOINT_FORM: WebhookEndpointFormValues = {
  url: '',
  description: '',
  events: [],
  enabled: true,
};

export function webhookEndpointFormValuesOf(
  endpoint: WebhookEndpointResponse,
): WebhookEndpointFormValues {
  return {
    url: endpoint.url,
    description: endpoint.description ?? '',
    events: [...endpoint.events],
    enabled: endpoint.enabled,
  };
}

export type ParsedWebhookEndpointForm =
  | { ok: true; body: CreateWebhookEndpointRequest }
  | { ok: false; errors: WebhookEndpointFormErrors };

/**
 * The request body, or what is missing. The URL's scheme and host are the API's to judge (it
 * refuses private addresses with WEBHOOK_URL_NOT_ALLOWED): here only that there is one.
 */
export function parseWebhookEndpointForm(
  values: WebhookEndpointFormValues,
  t: Translate,
): ParsedWebhookEndpointForm {
  const errors: WebhookEndpointFormErrors = {};
  const url = values.url.trim();
  if (url === '') errors.url = t('apiAccess.webhooks.form.urlRequired');
  if (values.events.length === 0) errors.events = t('apiAccess.webhooks.form.eventsRequired');
  if (errors.url || errors.events) return { ok: false, errors };
  const description = values.description.trim();
  return { ok: true, body: { url, events: values.events, description: description || null } };
}

/** What changed from the endpoint as saved, so switching it on alone sends only `enabled`. */
export function webhookEndpointChanges(
  endpoint: WebhookEndpointResponse,
  body: CreateWebhookEndpointRequest,
  enabled: boolean,
): UpdateWebhookEndpointRequest {
  const changes: UpdateWebhookEndpointRequest = {};
  if (body.url !== endpoint.url) changes.url = body.url;
  if ((body.description ?? null) !== endpoint.description) changes.description = body.description;
  const sameEvents =
    body.events.length === endpoint.events.length &&
    body.events.every((event) => endpoint.events.includes(event));
  if (!sameEvents) changes.events = body.events;
  if (enabled !== endpoint.enabled) changes.enabled = enabled;
  return changes;
}
