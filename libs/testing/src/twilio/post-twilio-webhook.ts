import { signTwilioRequest } from './twilio-webhook-signature';
import type { TwilioFormParams } from './twilio-webhook.type';

const FORM_CONTENT_TYPE = 'application/x-www-form-urlencoded';

export type PostTwilioWebhookOptions = {
  /** Where the API listens, e.g. `http://127.0.0.1:3000`. */
  baseUrl: string;
  /** The origin Twilio was configured with (the API behind a proxy); `baseUrl` unless given. */
  publicBaseUrl?: string;
  /** The webhook's path, query string included (e.g. `/api/v1/webhooks/twilio/voice?org=…`). */
  path: string;
  params: TwilioFormParams;
  authToken: string;
  /** Replaces the computed `X-Twilio-Signature` (for tampering tests). */
  signature?: string;
};

export type TwilioWebhookResponse = { status: number; body: string; contentType: string | null };

export type TwilioWebhookRequestOptions = {
  /** What to inject: a path (`/api/v1/…`) or a full URL. */
  url: string;
  /** The full URL Twilio signs, when `url` is not it (a path, or a host behind a proxy). */
  publicUrl?: string;
  params: TwilioFormParams;
  authToken: string;
  signature?: string;
};

/** Options for Nest/Fastify's `app.inject(…)`, as Twilio would post the webhook. */
export type TwilioWebhookRequest = {
  method: 'POST';
  url: string;
  payload: string;
  headers: { 'content-type': typeof FORM_CONTENT_TYPE; 'x-twilio-signature': string };
};

/** The form body; a key with several values is repeated, as Twilio does. */
export function twilioFormBody(params: TwilioFormParams): string {
  const body = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    for (const item of Array.isArray(value) ? value : [value]) body.append(key, item);
  }
  return body.toString();
}

/** Delivers a voice webhook as Twilio does: a signed form POST to `baseUrl + path`. */
export async function postTwilioWebhook(
  options: PostTwilioWebhookOptions,
): Promise<TwilioWebhookResponse> {
  const signedUrl = `${options.publicBaseUrl ?? options.baseUrl}${options.path}`;
  const response = await fetch(`${options.baseUrl}${options.path}`, {
    method: 'POST',
    headers: {
      'content-type': FORM_CONTENT_TYPE,
      'user-agent': 'TwilioProxy/1.1',
      'x-twilio-signature':
        options.signature ?? signTwilioRequest(options.authToken, signedUrl, options.params),
    },
    body: twilioFormBody(options.params),
  });
  return {
    status: response.status,
    body: await response.text(),
    contentType: response.headers.get('content-type'),
  };
}

/** The same delivery as `postTwilioWebhook`, as options for `app.inject(…)`. */
export function twilioWebhookRequest(options: TwilioWebhookRequestOptions): TwilioWebhookRequest {
  const signedUrl = options.publicUrl ?? options.url;
  return {
    method: 'POST',
    url: options.url,
    payload: twilioFormBody(options.params),
    headers: {
      'content-type': FORM_CONTENT_TYPE,
      'x-twilio-signature':
        options.signature ?? signTwilioRequest(options.authToken, signedUrl, options.params),
    },
  };
}
