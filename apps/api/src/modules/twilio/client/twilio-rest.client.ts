import { Inject, Injectable } from '@nestjs/common';
import twilio from 'twilio';
import { IntegrationProvider } from '@loved/shared';
import { APP_CONFIG, type AppConfig } from '../../../core/config/app-config';
import {
  outcomeOfStatus,
  ProviderCallMetrics,
  type ProviderCallOutcome,
} from '../../../core/metrics/provider-call.metrics';
import { TwilioApiError, TwilioUnreachableError } from './twilio-api.errors';
import { TwilioBaseUrlHttpClient } from './twilio-base-url.http-client';

export type TwilioAuth = { accountSid: string; authToken: string };

export type TwilioAccount = { friendlyName: string | null; status: string };

/** A call Twilio places: `twiml` runs once `to` answers. */
export type OutboundCall = {
  to: string;
  from: string;
  twiml: string;
  statusCallback: string;
  recordingStatusCallback: string;
  /** Seconds to let `to` ring before giving up (no-answer). */
  timeoutSeconds: number;
};

export type CreatedCall = { sid: string; status: string };

/** What Twilio reports on a call's progress, as the API parameter names it. */
const CALL_PROGRESS_EVENTS = ['initiated', 'ringing', 'answered', 'completed'];

/**
 * Twilio's REST API through the official `twilio` package, sent to TWILIO_API_BASE_URL. Errors
 * come out as `TwilioApiError` (Twilio said no) or `TwilioUnreachableError` (nothing was done).
 */
@Injectable()
export class TwilioRestClient {
  private readonly http: TwilioBaseUrlHttpClient;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly metrics: ProviderCallMetrics,
  ) {
    this.http = new TwilioBaseUrlHttpClient(
      config.env.TWILIO_API_BASE_URL,
      config.env.TWILIO_TIMEOUT_MS,
    );
  }

  async fetchAccount(auth: TwilioAuth): Promise<TwilioAccount> {
    const account = await this.call(() =>
      this.client(auth).api.v2010.accounts(auth.accountSid).fetch(),
    );
    return { friendlyName: account.friendlyName ?? null, status: account.status };
  }

  async createCall(auth: TwilioAuth, call: OutboundCall): Promise<CreatedCall> {
    const created = await this.call(() =>
      this.client(auth).calls.create({
        to: call.to,
        from: call.from,
        twiml: call.twiml,
        timeout: call.timeoutSeconds,
        statusCallback: call.statusCallback,
        statusCallbackMethod: 'POST',
        statusCallbackEvent: CALL_PROGRESS_EVENTS,
        record: true,
        recordingChannels: 'dual',
        recordingStatusCallback: call.recordingStatusCallback,
        recordingStatusCallbackMethod: 'POST',
        recordingStatusCallbackEvent: ['completed'],
      }),
    );
    return { sid: created.sid, status: created.status };
  }

  /** Where a recording's MP3 is downloaded from, with the account's basic auth. */
  recordingDownload(
    auth: TwilioAuth,
    recordingSid: string,
  ): { url: string; headers: Record<string, string> } {
    const base = this.config.env.TWILIO_API_BASE_URL.replace(/\/+$/, '');
    const basic = Buffer.from(`${auth.accountSid}:${auth.authToken}`).toString('base64');
    return {
      url: `${base}/2010-04-01/Accounts/${auth.accountSid}/Recordings/${recordingSid}.mp3`,
      headers: { authorization: `Basic ${basic}` },
    };
  }

  private client(auth: TwilioAuth) {
    return twilio(auth.accountSid, auth.authToken, { httpClient: this.http, autoRetry: false });
  }

  /** One request (the client never retries), timed for the provider latency metric. */
  private async call<T>(request: () => Promise<T>): Promise<T> {
    try {
      return await this.metrics.time(IntegrationProvider.Twilio, request, twilioOutcome);
    } catch (error) {
      throw toTwilioError(error);
    }
  }
}

const twilioOutcome = (error: unknown): ProviderCallOutcome =>
  error instanceof twilio.RestException ? outcomeOfStatus(error.status) : 'failed';

/** Twilio's RestException (it answered) or a transport error (it did not). */
function toTwilioError(error: unknown): Error {
  if (error instanceof twilio.RestException) {
    if (error.status >= 500) return new TwilioUnreachableError(`HTTP ${error.status}`);
    return new TwilioApiError(error.status, error.code ?? null, error.message);
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new TwilioUnreachableError(detail);
}
