import { createHash } from 'node:crypto';
import type {
  FakeGraphDelayOptions,
  FakeGraphFailure,
  FakeGraphRequest,
  FakeGraphRoute,
  FakeMediaInput,
  FakePhoneNumber,
  FakeReadReceipt,
  FakeSentMessage,
  FakeStoredMedia,
  FakeTemplate,
  FakeUploadedMedia,
} from './fake-graph-api.type';

type PendingFailure = { failure: FakeGraphFailure; remaining: number };
type PendingDelay = { ms: number; path: FakeGraphRoute | undefined; remaining: number };

/** Everything the fake knows and records; the routes read and write it. */
export class FakeGraphState {
  readonly phones = new Map<string, FakePhoneNumber>();
  readonly revokedTokens = new Set<string>();
  readonly media = new Map<string, FakeStoredMedia>();
  readonly templates = new Map<string, FakeTemplate[]>();
  readonly waIds = new Map<string, string>();
  readonly requests: FakeGraphRequest[] = [];
  readonly sentMessages: FakeSentMessage[] = [];
  readonly uploadedMedia: FakeUploadedMedia[] = [];
  readonly readReceipts: FakeReadReceipt[] = [];
  private failures: PendingFailure[] = [];
  private delays: PendingDelay[] = [];

  addMedia(media: FakeMediaInput): FakeStoredMedia {
    const stored = { ...media, sha256: createHash('sha256').update(media.bytes).digest('hex') };
    this.media.set(media.id, stored);
    return stored;
  }

  isKnownToken(token: string): boolean {
    for (const phone of this.phones.values()) if (phone.accessToken === token) return true;
    return false;
  }

  canUsePhone(token: string, phoneNumberId: string): boolean {
    return this.phones.get(phoneNumberId)?.accessToken === token;
  }

  canUseWaba(token: string, wabaId: string): boolean {
    for (const phone of this.phones.values()) {
      if (phone.wabaId === wabaId && phone.accessToken === token) return true;
    }
    return false;
  }

  /** Media bound to a number needs that number's token; unbound media, any valid token. */
  canUseMedia(token: string, media: FakeStoredMedia): boolean {
    return media.phoneNumberId === undefined || this.canUsePhone(token, media.phoneNumberId);
  }

  /** Meta's `wa_id`: the digits of the input unless a test said otherwise. */
  waIdFor(input: string): string {
    return this.waIds.get(input) ?? input.replace(/\D/g, '');
  }

  queueFailure(failure: FakeGraphFailure): void {
    this.failures.push({ failure, remaining: failure.times ?? 1 });
  }

  queueDelay(ms: number, options: FakeGraphDelayOptions): void {
    this.delays.push({ ms, path: options.path, remaining: options.times ?? 1 });
  }

  takeFailure(route: FakeGraphRoute | null): FakeGraphFailure | null {
    const pending = this.failures.find(
      (f) => f.failure.path === undefined || f.failure.path === route,
    );
    if (!pending) return null;
    pending.remaining -= 1;
    if (pending.remaining <= 0) this.failures = this.failures.filter((f) => f !== pending);
    return pending.failure;
  }

  takeDelay(route: FakeGraphRoute | null): number {
    const pending = this.delays.find((d) => d.path === undefined || d.path === route);
    if (!pending) return 0;
    pending.remaining -= 1;
    if (pending.remaining <= 0) this.delays = this.delays.filter((d) => d !== pending);
    return pending.ms;
  }

  reset(): void {
    this.requests.length = 0;
    this.sentMessages.length = 0;
    this.uploadedMedia.length = 0;
    this.readReceipts.length = 0;
    this.failures = [];
    this.delays = [];
  }
}
