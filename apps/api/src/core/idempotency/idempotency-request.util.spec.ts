import { describe, expect, it } from 'vitest';
import { IdempotencyException } from './idempotency.exception';
import { canonicalJson, parseIdempotencyKey, requestFingerprint } from './idempotency-request.util';

describe('parseIdempotencyKey', () => {
  it('answers undefined when no key was sent', () => {
    expect(parseIdempotencyKey(undefined)).toBeUndefined();
  });

  it('accepts 1 to 255 visible ASCII characters', () => {
    expect(parseIdempotencyKey('a')).toBe('a');
    expect(parseIdempotencyKey('~'.repeat(255))).toBe('~'.repeat(255));
    expect(parseIdempotencyKey('9f1c:retry/1!')).toBe('9f1c:retry/1!');
  });

  it.each([
    ['empty', ''],
    ['too long', 'k'.repeat(256)],
    ['a space', 'two words'],
    ['a control character', 'tab\there'],
    ['non-ASCII', 'chave-única'],
  ])('refuses a key with %s', (_label, raw) => {
    expect(() => parseIdempotencyKey(raw)).toThrow(IdempotencyException);
  });

  it('refuses a repeated header', () => {
    expect(() => parseIdempotencyKey(['a', 'b'])).toThrow(IdempotencyException);
  });
});

describe('requestFingerprint', () => {
  it('ignores key order in the body, at every depth', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { f: 2, e: 3 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[1,{"e":3,"f":2}]},"b":1}',
    );
    expect(requestFingerprint('POST', '/x', { a: 1, b: 2 })).toBe(
      requestFingerprint('post', '/x', { b: 2, a: 1 }),
    );
  });

  it('tells apart bodies, paths and methods', () => {
    const base = requestFingerprint('POST', '/api/v1/leads', { name: 'A' });
    expect(requestFingerprint('POST', '/api/v1/leads', { name: 'B' })).not.toBe(base);
    expect(requestFingerprint('POST', '/api/v1/leads/1', { name: 'A' })).not.toBe(base);
    expect(requestFingerprint('PUT', '/api/v1/leads', { name: 'A' })).not.toBe(base);
    expect(requestFingerprint('POST', '/api/v1/leads', undefined)).toBe(
      requestFingerprint('POST', '/api/v1/leads', null),
    );
  });
});
