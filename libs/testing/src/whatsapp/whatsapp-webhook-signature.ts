import { createHmac } from 'node:crypto';

/** `X-Hub-Signature-256`: `sha256=` and the hex HMAC-SHA256 of the raw body under the app secret. */
export function signWhatsAppWebhook(rawBody: Buffer, appSecret: string): string {
  return `sha256=${createHmac('sha256', appSecret).update(rawBody).digest('hex')}`;
}

/** The legacy `X-Hub-Signature` (HMAC-SHA1) Meta still sends beside the SHA-256 one. */
export function signWhatsAppWebhookSha1(rawBody: Buffer, appSecret: string): string {
  return `sha1=${createHmac('sha1', appSecret).update(rawBody).digest('hex')}`;
}
