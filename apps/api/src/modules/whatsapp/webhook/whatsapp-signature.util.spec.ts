import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isValidWhatsAppSignature } from './whatsapp-signature.util';

const sign = (body: Buffer, secret: string): string =>
  `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;

describe('isValidWhatsAppSignature', () => {
  // As Meta sends it: "João 👍" escaped, so parsing and re-serialising changes the bytes.
  const raw = Buffer.from('{"name":"Jo\\u00e3o \\ud83d\\udc4d","url":"https:\\/\\/x"}');

  it('accepts the HMAC of the raw bytes', () => {
    expect(isValidWhatsAppSignature(raw, sign(raw, 'app-secret'), 'app-secret')).toBe(true);
  });

  it('refuses the HMAC of the re-serialised JSON', () => {
    const reserialised = Buffer.from(JSON.stringify(JSON.parse(raw.toString('utf8'))));
    expect(reserialised.equals(raw)).toBe(false);
    expect(isValidWhatsAppSignature(raw, sign(reserialised, 'app-secret'), 'app-secret')).toBe(
      false,
    );
  });

  it('refuses another secret, a missing header, a bad prefix and malformed hex', () => {
    expect(isValidWhatsAppSignature(raw, sign(raw, 'other'), 'app-secret')).toBe(false);
    expect(isValidWhatsAppSignature(raw, undefined, 'app-secret')).toBe(false);
    expect(
      isValidWhatsAppSignature(
        raw,
        sign(raw, 'app-secret').replace('sha256=', 'sha1='),
        'app-secret',
      ),
    ).toBe(false);
    expect(isValidWhatsAppSignature(raw, 'sha256=zz', 'app-secret')).toBe(false);
  });
});
