import type {
  FakeTwilioAccountInput,
  FakeTwilioCall,
  FakeTwilioDelayOptions,
  FakeTwilioFailure,
  FakeTwilioRecordingInput,
  FakeTwilioRequest,
  FakeTwilioRoute,
} from './fake-twilio-api.type';
import { twilioSid } from './fake-twilio-ids';

export type FakeTwilioAccount = Required<FakeTwilioAccountInput> & {
  dateCreated: Date;
  dateUpdated: Date;
};

export type FakeTwilioRecording = Required<Omit<FakeTwilioRecordingInput, 'startTime'>> & {
  startTime: Date;
  dateCreated: Date;
};

type PendingFailure = { failure: FakeTwilioFailure; remaining: number };
type PendingDelay = { ms: number; route: FakeTwilioRoute | undefined; remaining: number };

/** Everything the fake knows and records; the routes read and write it. */
export class FakeTwilioState {
  readonly accounts = new Map<string, FakeTwilioAccount>();
  readonly recordings = new Map<string, FakeTwilioRecording>();
  readonly requests: FakeTwilioRequest[] = [];
  readonly calls: FakeTwilioCall[] = [];
  /** A phone-number SID per caller ID, so every call from one number names the same `PN…`. */
  private readonly phoneNumberSids = new Map<string, string>();
  private failures: PendingFailure[] = [];
  private delays: PendingDelay[] = [];

  addAccount(input: FakeTwilioAccountInput): void {
    const previous = this.accounts.get(input.sid);
    this.accounts.set(input.sid, {
      sid: input.sid,
      authToken: input.authToken,
      friendlyName: input.friendlyName ?? `My account ${input.sid.slice(-6)}`,
      status: input.status ?? 'active',
      dateCreated: previous?.dateCreated ?? new Date(),
      dateUpdated: new Date(),
    });
  }

  addRecording(input: FakeTwilioRecordingInput): void {
    const durationSeconds = input.durationSeconds ?? 0;
    this.recordings.set(input.sid, {
      accountSid: input.accountSid,
      sid: input.sid,
      callSid: input.callSid,
      bytes: input.bytes,
      durationSeconds,
      channels: input.channels ?? 1,
      source: input.source ?? 'OutboundAPI',
      startTime: input.startTime ?? new Date(Date.now() - durationSeconds * 1000),
      dateCreated: new Date(),
    });
  }

  /** The account whose SID and token these are, or null (unknown SID, wrong token). */
  authenticate(sid: string, token: string): FakeTwilioAccount | null {
    const account = this.accounts.get(sid);
    return account?.authToken === token ? account : null;
  }

  phoneNumberSidFor(accountSid: string, number: string): string {
    const key = `${accountSid}:${number}`;
    const known = this.phoneNumberSids.get(key);
    if (known) return known;
    const sid = twilioSid('PN');
    this.phoneNumberSids.set(key, sid);
    return sid;
  }

  queueFailure(failure: FakeTwilioFailure): void {
    this.failures.push({ failure, remaining: failure.times ?? 1 });
  }

  queueDelay(ms: number, options: FakeTwilioDelayOptions): void {
    this.delays.push({ ms, route: options.route, remaining: options.times ?? 1 });
  }

  takeFailure(route: FakeTwilioRoute | null): FakeTwilioFailure | null {
    const pending = this.failures.find(
      (f) => f.failure.route === undefined || f.failure.route === route,
    );
    if (!pending) return null;
    pending.remaining -= 1;
    if (pending.remaining <= 0) this.failures = this.failures.filter((f) => f !== pending);
    return pending.failure;
  }

  takeDelay(route: FakeTwilioRoute | null): number {
    const pending = this.delays.find((d) => d.route === undefined || d.route === route);
    if (!pending) return 0;
    pending.remaining -= 1;
    if (pending.remaining <= 0) this.delays = this.delays.filter((d) => d !== pending);
    return pending.ms;
  }

  reset(): void {
    this.requests.length = 0;
    this.calls.length = 0;
    this.failures = [];
    this.delays = [];
  }
}
