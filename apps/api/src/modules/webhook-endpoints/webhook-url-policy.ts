import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns';
import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';

/** How strict the policy is: from NODE_ENV and WEBHOOK_ALLOW_PRIVATE_URLS. */
export type WebhookUrlPolicyOptions = {
  /**
   * Plain http refused for public receivers (production). A private receiver that
   * `allowPrivate` admits may still use http: on-premise services often have no TLS, and the
   * traffic never crosses the internet.
   */
  requireHttps: boolean;
  /** Loopback, private and other non-public addresses allowed (development, tests). */
  allowPrivate: boolean;
};

/** Why a URL may not receive webhooks; the message is safe to show to the admin. */
export class WebhookUrlRefusedError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'WebhookUrlRefusedError';
  }
}

export type ResolveHost = (hostname: string) => Promise<LookupAddress[]>;

const DNS_TIMEOUT_MS = 5_000;

/** Every address `hostname` resolves to (A and AAAA), as the connection would see them. */
export const resolveHost: ResolveHost = (hostname) =>
  new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('DNS lookup timed out')), DNS_TIMEOUT_MS);
    dnsLookup(hostname, { all: true, verbatim: true }, (error, addresses) => {
      clearTimeout(timer);
      if (error) reject(error);
      else resolve(addresses);
    });
  });

/**
 * Only globally routable unicast addresses: ipaddr.js names every special range (loopback,
 * private, link-local, unique-local, CGNAT, multicast, broadcast, reserved, 6to4, NAT64…), and
 * `process` unwraps IPv4-mapped IPv6 (::ffff:127.0.0.1) first.
 */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  return ipaddr.process(address).range() === 'unicast';
}

/** The URL's own checks, without DNS: it parses, has no credentials, uses http(s). */
export function parseWebhookUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new WebhookUrlRefusedError('The URL is not valid.');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new WebhookUrlRefusedError('The URL must use https.');
  }
  if (url.username || url.password) {
    throw new WebhookUrlRefusedError('The URL may not contain a user name or password.');
  }
  if (!url.hostname) throw new WebhookUrlRefusedError('The URL has no host.');
  return url;
}

/** The host without IPv6 brackets, as DNS and `isIP` expect it. */
export const bareHostname = (url: URL): string => url.hostname.replace(/^\[(.*)\]$/, '$1');

/** Refuses an address the policy does not allow (unless private addresses are allowed). */
export function assertAddressAllowed(address: string, options: WebhookUrlPolicyOptions): void {
  if (options.allowPrivate || isPublicAddress(address)) return;
  throw new WebhookUrlRefusedError(
    'The URL points at a private, loopback or otherwise non-public address.',
  );
}

/**
 * The whole check, for create/update and again before each delivery: the URL's own rules, then
 * every address its host resolves to must be public. The connection repeats the address check
 * in its own DNS lookup (`guardedLookup`), so a host that re-resolves elsewhere is caught too.
 */
export async function assertWebhookUrlAllowed(
  raw: string,
  options: WebhookUrlPolicyOptions,
  resolve: ResolveHost = resolveHost,
): Promise<URL> {
  const url = parseWebhookUrl(raw);
  const plainHttpToCheck = options.requireHttps && url.protocol !== 'https:';
  if (options.allowPrivate && !plainHttpToCheck) return url;
  const addresses = await addressesOf(url, resolve);
  if (plainHttpToCheck && !(options.allowPrivate && !addresses.some(isPublicAddress))) {
    throw new WebhookUrlRefusedError('The URL must use https.');
  }
  for (const address of addresses) assertAddressAllowed(address, options);
  return url;
}

/** The host's addresses: itself when it is an IP literal (DNS is not asked), else DNS's. */
async function addressesOf(url: URL, resolve: ResolveHost): Promise<string[]> {
  const host = bareHostname(url);
  if (isIP(host)) return [host];
  let addresses: LookupAddress[];
  try {
    addresses = await resolve(host);
  } catch {
    throw new WebhookUrlRefusedError('The URL host does not resolve.');
  }
  if (addresses.length === 0) throw new WebhookUrlRefusedError('The URL host does not resolve.');
  return addresses.map(({ address }) => address);
}

type LookupCallback = (
  error: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/**
 * A `lookup` for http(s).request that refuses the connection when any resolved address is not
 * allowed: the check happens on the very addresses the socket connects to (no DNS rebinding).
 */
export function guardedLookup(
  options: WebhookUrlPolicyOptions,
): (hostname: string, lookupOptions: LookupOptions, callback: LookupCallback) => void {
  return (hostname, lookupOptions, callback) => {
    dnsLookup(hostname, { ...lookupOptions, all: true }, (error, addresses) => {
      if (error) return callback(error, '');
      try {
        for (const { address } of addresses) assertAddressAllowed(address, options);
      } catch (refusal) {
        return callback(refusal as NodeJS.ErrnoException, '');
      }
      if (lookupOptions.all) return callback(null, addresses);
      const [first] = addresses;
      if (!first) return callback(new Error(`${hostname} does not resolve`), '');
      return callback(null, first.address, first.family);
    });
  };
}

/** The policy the configuration asks for. */
export function webhookUrlPolicyFor(env: {
  NODE_ENV: string;
  WEBHOOK_ALLOW_PRIVATE_URLS?: boolean;
}): WebhookUrlPolicyOptions {
  const production = env.NODE_ENV === 'production';
  return {
    requireHttps: production,
    allowPrivate: env.WEBHOOK_ALLOW_PRIVATE_URLS ?? !production,
  };
}
