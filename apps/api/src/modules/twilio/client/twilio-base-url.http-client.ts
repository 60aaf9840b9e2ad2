import twilio from 'twilio';
import type RequestClient from 'twilio/lib/base/RequestClient';
import type Response from 'twilio/lib/http/response';

/** Twilio's own hosts (`api.twilio.com`, regional and edge variants). */
const TWILIO_HOST = /(^|\.)twilio\.com$/;

/**
 * The `twilio` package's HTTP client, sending its requests to `baseUrl` instead of Twilio's
 * hosts (the package has no base-URL option). Tests point it at a fake that speaks Twilio's
 * REST format; in production the base URL is Twilio's own and nothing is rewritten.
 */
export class TwilioBaseUrlHttpClient extends twilio.RequestClient {
  private readonly base: URL;

  constructor(baseUrl: string, timeoutMs: number) {
    super({ timeout: timeoutMs, keepAlive: true });
    this.base = new URL(baseUrl);
  }

  override request<TData>(opts: RequestClient.RequestOptions<TData>): Promise<Response<TData>> {
    return super.request<TData>({ ...opts, uri: this.rewrite(opts.uri) });
  }

  rewrite(uri: string): string {
    const target = new URL(uri);
    if (!TWILIO_HOST.test(target.hostname) || this.base.hostname === target.hostname) return uri;
    const prefix = this.base.pathname.replace(/\/+$/, '');
    return `${this.base.origin}${prefix}${target.pathname}${target.search}`;
  }
}
