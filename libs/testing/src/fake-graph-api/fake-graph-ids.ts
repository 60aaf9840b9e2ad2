import { randomBytes, randomInt } from 'node:crypto';

/** Graph object ids are long decimal numbers. */
export function newGraphId(): string {
  return `${randomInt(1, 10)}${String(randomInt(0, 1e9)).padStart(9, '0')}${String(randomInt(0, 1e6)).padStart(6, '0')}`;
}

/** Meta's trace ids: 23 characters of URL-safe base64 quoted in every error. */
export function newFbTraceId(): string {
  return randomBytes(17).toString('base64url').slice(0, 23);
}

/**
 * A message id in Meta's form: `wamid.` and base64 of a small binary record holding the
 * recipient and a random upper-case hex key, so every id is unique and looks real.
 */
export function newWamid(waId: string): string {
  const recipient = Buffer.from(waId, 'ascii');
  const key = Buffer.from(randomBytes(9).toString('hex').toUpperCase(), 'ascii');
  const record = Buffer.concat([
    Buffer.from([0x1c, 0x18, recipient.length]),
    recipient,
    Buffer.from([0x15, 0x02, 0x00, 0x11, 0x18, key.length]),
    key,
    Buffer.from([0x00]),
  ]);
  return `wamid.${record.toString('base64')}`;
}
