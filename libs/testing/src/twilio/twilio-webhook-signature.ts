import twilio from 'twilio';
import type { TwilioFormParams } from './twilio-webhook.type';

/**
 * `X-Twilio-Signature`: computed by the `twilio` package itself (HMAC-SHA1 of the URL and the
 * sorted parameters, base64), so a test signs exactly as Twilio does. `url` is the full public
 * URL Twilio was configured with, query string included.
 */
export function signTwilioRequest(
  authToken: string,
  url: string,
  params: TwilioFormParams,
): string {
  return twilio.getExpectedTwilioSignature(authToken, url, params);
}
