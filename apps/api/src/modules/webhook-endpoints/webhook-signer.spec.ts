import { describe, expect, it } from 'vitest';
import { Webhook } from 'standardwebhooks';
import { generateWebhookSecret, signWebhook } from './webhook-signer';

describe('webhook signer', () => {
  it('makes Standard Webhooks secrets of 32 random bytes', () => {
    const secret = generateWebhookSecret();
    expect(secret).toMatch(/^whsec_/);
    expect(Buffer.from(secret.slice(6), 'base64')).toHaveLength(32);
    expect(generateWebhookSecret()).not.toBe(secret);
  });

  it('signs so that the standardwebhooks verifier accepts it, and only with the same secret', () => {
    const secret = generateWebhookSecret();
    const body = JSON.stringify({ type: 'lead.created', timestamp: new Date().toISOString() });
    const headers = signWebhook(secret, 'c5c5a4a8-4a43-4a53-9d4c-5b1f7f0e1a11', new Date(), body);
    expect(headers['webhook-id']).toBe('c5c5a4a8-4a43-4a53-9d4c-5b1f7f0e1a11');
    expect(headers['webhook-signature']).toMatch(/^v1,/);
    expect(new Webhook(secret).verify(body, headers)).toEqual(JSON.parse(body));
    expect(() => new Webhook(generateWebhookSecret()).verify(body, headers)).toThrow();
    expect(() => new Webhook(secret).verify(`${body} `, headers)).toThrow();
  });
});
