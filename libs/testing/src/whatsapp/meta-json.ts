/**
 * Serialises a payload the way Meta's webhook sender does: every non-ASCII UTF-16 unit as a
 * lower-case `\uXXXX` escape (so an emoji becomes its surrogate pair) and `/` as `\/`.
 * The signature covers these exact bytes, so a receiver must verify the raw body: parsing and
 * re-serialising with JSON.stringify produces different bytes and a different HMAC.
 */
export function serializeLikeMeta(payload: unknown): Buffer {
  const json = JSON.stringify(payload)
    // Outside strings JSON has only ASCII, so escaping in the whole text touches strings only.
    .replace(/[\u0080-\uffff]/g, (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .replace(/\//g, '\\/');
  return Buffer.from(json, 'ascii');
}
