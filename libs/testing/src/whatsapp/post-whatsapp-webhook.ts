import { serializeLikeMeta } from './meta-json';
import { signWhatsAppWebhook, signWhatsAppWebhookSha1 } from './whatsapp-webhook-signature';
import type { WhatsAppWebhookPayload } from './whatsapp-webhook.type';

export type PostWhatsAppWebhookOptions = {
  /** Replaces the computed `X-Hub-Signature-256`; `null` sends none. */
  signature?: string | null;
  headers?: Record<string, string>;
};

/**
 * Delivers a webhook as Meta does: the body serialised Meta's way (or the given bytes as they
 * are), signed with the app secret, with Meta's headers.
 */
export async function postWhatsAppWebhook(
  url: string,
  appSecret: string,
  payload: WhatsAppWebhookPayload | Buffer,
  options: PostWhatsAppWebhookOptions = {},
): Promise<Response> {
  const body = Buffer.isBuffer(payload) ? payload : serializeLikeMeta(payload);
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'user-agent': 'facebookexternalua',
    'x-hub-signature': signWhatsAppWebhookSha1(body, appSecret),
    ...options.headers,
  };
  const signature =
    options.signature === undefined ? signWhatsAppWebhook(body, appSecret) : options.signature;
  if (signature !== null) headers['x-hub-signature-256'] = signature;
  return fetch(url, { method: 'POST', headers, body });
}

/** Meta's subscription check: `GET url?hub.mode=subscribe&hub.verify_token=…&hub.challenge=…`. */
export async function verifyWhatsAppWebhookSubscription(
  url: string,
  verifyToken: string,
  challenge = '1158201444',
): Promise<Response> {
  const target = new URL(url);
  target.searchParams.set('hub.mode', 'subscribe');
  target.searchParams.set('hub.verify_token', verifyToken);
  target.searchParams.set('hub.challenge', challenge);
  return fetch(target, { headers: { 'user-agent': 'facebookplatform/1.0' } });
}
