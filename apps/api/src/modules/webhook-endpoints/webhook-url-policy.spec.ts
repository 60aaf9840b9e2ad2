import { describe, expect, it } from 'vitest';
import {
  assertWebhookUrlAllowed,
  isPublicAddress,
  webhookUrlPolicyFor,
  WebhookUrlRefusedError,
  type ResolveHost,
} from './webhook-url-policy';

const PRODUCTION = { requireHttps: true, allowPrivate: false };
const resolvesTo =
  (...addresses: string[]): ResolveHost =>
  async () =>
    addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));

describe('isPublicAddress', () => {
  it.each([
    '127.0.0.1',
    '10.1.2.3',
    '172.16.0.1',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '255.255.255.255',
    '224.0.0.1',
    '::1',
    '::',
    'fe80::1',
    'fc00::1',
    'fd12:3456::1',
    '::ffff:127.0.0.1',
    '::ffff:10.0.0.1',
    'ff02::1',
    'not an address',
  ])('refuses %s', (address) => {
    expect(isPublicAddress(address)).toBe(false);
  });

  it.each(['93.184.215.14', '8.8.8.8', '2001:4860:4860::8888', '::ffff:8.8.8.8'])(
    'accepts %s',
    (address) => {
      expect(isPublicAddress(address)).toBe(true);
    },
  );
});

describe('assertWebhookUrlAllowed', () => {
  const refused = (url: string, resolve: ResolveHost = resolvesTo('93.184.215.14')) =>
    expect(assertWebhookUrlAllowed(url, PRODUCTION, resolve)).rejects.toBeInstanceOf(
      WebhookUrlRefusedError,
    );

  it('accepts an https URL whose host resolves to public addresses only', async () => {
    const url = await assertWebhookUrlAllowed(
      'https://hooks.example.com/loved',
      PRODUCTION,
      resolvesTo('93.184.215.14', '2001:4860:4860::8888'),
    );
    expect(url.hostname).toBe('hooks.example.com');
  });

  it('refuses a host with one private address among public ones', async () => {
    await refused('https://hooks.example.com/', resolvesTo('93.184.215.14', '10.0.0.5'));
  });

  it('refuses a host that does not resolve', async () => {
    await refused('https://nowhere.example/', async () => {
      throw new Error('ENOTFOUND');
    });
  });

  it('refuses IP literals of private ranges without asking DNS', async () => {
    const never: ResolveHost = async () => {
      throw new Error('DNS must not be asked');
    };
    for (const url of ['https://127.0.0.1/', 'https://[::1]/', 'https://[::ffff:7f00:1]/']) {
      await refused(url, never);
    }
  });

  it('refuses http in production, credentials, other schemes and garbage', async () => {
    await refused('http://hooks.example.com/');
    await refused('https://user:secret@hooks.example.com/');
    await refused('ftp://hooks.example.com/');
    await refused('not a url');
  });

  it('lets an allowed private receiver use http in production, never a public one', async () => {
    const onPremise = { requireHttps: true, allowPrivate: true };
    await expect(
      assertWebhookUrlAllowed('http://10.0.0.8:8080/hooks', onPremise, resolvesTo('8.8.8.8')),
    ).resolves.toBeInstanceOf(URL);
    await expect(
      assertWebhookUrlAllowed('http://crm-hooks.internal/', onPremise, resolvesTo('192.168.1.4')),
    ).resolves.toBeInstanceOf(URL);
    for (const resolve of [resolvesTo('8.8.8.8'), resolvesTo('192.168.1.4', '8.8.8.8')]) {
      await expect(
        assertWebhookUrlAllowed('http://hooks.example.com/', onPremise, resolve),
      ).rejects.toBeInstanceOf(WebhookUrlRefusedError);
    }
    await expect(
      assertWebhookUrlAllowed('https://hooks.example.com/', onPremise, resolvesTo('8.8.8.8')),
    ).resolves.toBeInstanceOf(URL);
  });

  it('allows private addresses and http when the policy says so, without DNS', async () => {
    const never: ResolveHost = async () => {
      throw new Error('DNS must not be asked');
    };
    const lenient = { requireHttps: false, allowPrivate: true };
    await expect(
      assertWebhookUrlAllowed('http://localhost:3000/x', lenient, never),
    ).resolves.toBeInstanceOf(URL);
  });
});

describe('webhookUrlPolicyFor', () => {
  it('is strict in production unless private URLs are allowed explicitly', () => {
    expect(webhookUrlPolicyFor({ NODE_ENV: 'production' })).toEqual(PRODUCTION);
    expect(
      webhookUrlPolicyFor({ NODE_ENV: 'production', WEBHOOK_ALLOW_PRIVATE_URLS: true }),
    ).toEqual({ requireHttps: true, allowPrivate: true });
    expect(webhookUrlPolicyFor({ NODE_ENV: 'development' })).toEqual({
      requireHttps: false,
      allowPrivate: true,
    });
    expect(
      webhookUrlPolicyFor({ NODE_ENV: 'test', WEBHOOK_ALLOW_PRIVATE_URLS: false }).allowPrivate,
    ).toBe(false);
  });
});
