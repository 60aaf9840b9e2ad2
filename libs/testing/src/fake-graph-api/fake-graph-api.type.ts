/** A WhatsApp business phone number the fake knows, with the token that may use it. */
export type FakePhoneNumber = {
  phoneNumberId: string;
  wabaId: string;
  accessToken: string;
  /** As Meta shows it, e.g. `+55 11 4000-0000`. */
  displayPhoneNumber: string;
  verifiedName: string;
};

/** Which family of routes a failure or delay applies to. */
export type FakeGraphRoute = 'messages' | 'media' | 'phone' | 'media-download' | 'templates';

/**
 * One injected failure, shaped like Meta's error object. `code` is Meta's `error.code`;
 * `plain` answers a non-JSON page instead, as a proxy or load balancer in front of Meta would.
 */
export type FakeGraphFailure = {
  /** Omit to fail the next request on any route. */
  path?: FakeGraphRoute;
  code: number;
  /** Defaults from the code: 190 → 401, 130429 → 429, 1/131000 → 500, 2/131016 → 503, else 400. */
  httpStatus?: number;
  subcode?: number;
  message?: string;
  /** Meta's `error_data.details`, the sentence to branch on besides the code. */
  details?: string;
  type?: string;
  isTransient?: boolean;
  retryAfterSeconds?: number;
  /** How many matching requests fail; 1 unless told. */
  times?: number;
  plain?: boolean;
};

export type FakeGraphDelayOptions = { path?: FakeGraphRoute; times?: number };

/** Media the fake can serve, either uploaded through the API or added by a test. */
export type FakeMediaInput = {
  id: string;
  bytes: Buffer;
  mimeType: string;
  /** Limits the media to one number's token; any valid token may read it when unset. */
  phoneNumberId?: string;
  filename?: string;
};

export type FakeStoredMedia = FakeMediaInput & { sha256: string };

export type FakeUploadedMedia = {
  id: string;
  phoneNumberId: string;
  bytes: Buffer;
  mimeType: string;
  filename: string | null;
};

/** A send the fake accepted, with the JSON body exactly as the client posted it. */
export type FakeSentMessage = {
  phoneNumberId: string;
  wamid: string;
  to: string;
  waId: string;
  type: string;
  body: Record<string, unknown>;
  receivedAt: Date;
};

/** `{"messaging_product":"whatsapp","status":"read","message_id":…}` calls the fake accepted. */
export type FakeReadReceipt = { phoneNumberId: string; messageId: string };

export type FakeGraphRequest = {
  method: string;
  /** The path as requested, with its version prefix and without the query string. */
  path: string;
  query: Record<string, string>;
  route: FakeGraphRoute | null;
  headers: { authorization: string | null; contentType: string | null };
};

export type FakeTemplate = {
  name: string;
  language: string;
  category?: string;
  status?: string;
  components?: Array<Record<string, unknown>>;
  id?: string;
};

export type FakeGraphApiOptions = { port?: number };

export type FakeGraphApi = {
  /** `http://127.0.0.1:PORT`, usable as GRAPH_API_BASE_URL. */
  readonly url: string;
  readonly port: number;
  readonly requests: readonly FakeGraphRequest[];
  readonly sentMessages: readonly FakeSentMessage[];
  readonly uploadedMedia: readonly FakeUploadedMedia[];
  readonly readReceipts: readonly FakeReadReceipt[];
  addPhoneNumber(phone: FakePhoneNumber): void;
  /** Every later call with this token answers 401, code 190, subcode 460. */
  revokeToken(token: string): void;
  addMedia(media: FakeMediaInput): void;
  setTemplates(wabaId: string, templates: FakeTemplate[]): void;
  /** The `wa_id` Meta reports for an input number (Brazilian numbers may lose their ninth digit). */
  setWaId(input: string, waId: string): void;
  failNext(failure: FakeGraphFailure): void;
  delayNext(ms: number, options?: FakeGraphDelayOptions): void;
  /** Forgets recorded requests, sends, uploads and pending failures; keeps the registry. */
  reset(): void;
  close(): Promise<void>;
};
