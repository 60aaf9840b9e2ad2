import type { FakeTwilioForm } from './fake-twilio-api.type';

/** Parses a form body; a key sent more than once (`StatusCallbackEvent=a&…=b`) keeps all values. */
export function parseForm(rawBody: Buffer, contentType: string | null): FakeTwilioForm {
  if (!contentType?.startsWith('application/x-www-form-urlencoded')) return {};
  const form: FakeTwilioForm = {};
  for (const [key, value] of new URLSearchParams(rawBody.toString('utf8'))) {
    const existing = form[key];
    if (existing === undefined) form[key] = value;
    else form[key] = Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return form;
}

/** `user` of an `Authorization: Basic` header, and the password beside it. */
export function basicCredentials(
  authorization: string | null,
): { user: string; password: string } | null {
  const encoded = authorization?.match(/^Basic\s+(\S+)$/i)?.[1];
  if (encoded === undefined) return null;
  const decoded = Buffer.from(encoded, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return null;
  return { user: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}
