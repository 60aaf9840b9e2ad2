import { describe, expect, it } from 'vitest';
import { basicPasswordOf, bearerTokenOf, matchesSecret } from './secret-header.util';

const TOKEN = 'an-operator-token-of-enough-length';

describe('matchesSecret', () => {
  it('accepts the exact token only', () => {
    expect(matchesSecret(TOKEN, TOKEN)).toBe(true);
    expect(matchesSecret(`${TOKEN}x`, TOKEN)).toBe(false);
    expect(matchesSecret(TOKEN.slice(1), TOKEN)).toBe(false);
    expect(matchesSecret('', TOKEN)).toBe(false);
  });

  it('accepts nothing when no token is configured', () => {
    expect(matchesSecret('', undefined)).toBe(false);
    expect(matchesSecret('', '')).toBe(false);
  });
});

describe('bearerTokenOf / basicPasswordOf', () => {
  it('reads the bearer token', () => {
    expect(bearerTokenOf(`Bearer ${TOKEN}`)).toBe(TOKEN);
    expect(bearerTokenOf(`Basic ${TOKEN}`)).toBeUndefined();
    expect(bearerTokenOf(undefined)).toBeUndefined();
  });

  it('reads the Basic password whatever the user name, colons included', () => {
    const header = (credentials: string): string =>
      `Basic ${Buffer.from(credentials).toString('base64')}`;
    expect(basicPasswordOf(header(`ops:${TOKEN}`))).toBe(TOKEN);
    expect(basicPasswordOf(header(`:a:b`))).toBe('a:b');
    expect(basicPasswordOf(header('no-colon'))).toBeUndefined();
    expect(basicPasswordOf(`Bearer ${TOKEN}`)).toBeUndefined();
  });
});
