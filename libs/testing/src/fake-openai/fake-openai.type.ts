/** A chat message as the client posted it. */
export type FakeChatMessage = { role: string; content: unknown };

/** One request the fake received, whatever it answered, with the body exactly as posted. */
export type FakeOpenAiRequest = {
  method: string;
  path: string;
  /** The `Authorization` header as sent (tests check it, never print it). */
  authorization: string | null;
  /** The parsed JSON body, or null when it was not JSON. */
  body: Record<string, unknown> | null;
  rawBody: string;
  /** What the fake answered. */
  status: number;
};

/**
 * An injected failure. 401/429/500/503 answer OpenAI's error object; `retryAfterMs` sends the
 * `retry-after-ms` header OpenAI sends on rate limits (the SDK then waits that long).
 */
export type FakeOpenAiFailure = {
  status: 400 | 401 | 403 | 404 | 429 | 500 | 502 | 503;
  message?: string;
  retryAfterMs?: number;
  /** How many requests fail; 1 unless told. */
  times?: number;
};

/** What the assistant's message holds: an object is sent as its JSON, a string as is. */
export type FakeOpenAiContent = Record<string, unknown> | string;

export type FakeOpenAiReply = {
  content?: FakeOpenAiContent;
  /** `stop` unless told; `length` means the answer was cut off. */
  finishReason?: 'stop' | 'length' | 'content_filter';
  refusal?: string;
  /** How many requests get this reply; 1 unless told. */
  times?: number;
};

export type FakeOpenAiOptions = {
  /** The bearer key it accepts; a random `sk-test-…` unless given. */
  apiKey?: string;
  port?: number;
};

export type FakeOpenAi = {
  /** `http://127.0.0.1:<port>`; the SDK's baseURL is this plus `/v1`. */
  url: string;
  port: number;
  apiKey: string;
  /** Every request, in order of arrival. */
  requests: FakeOpenAiRequest[];
  /** The successful `POST /v1/chat/completions` requests only. */
  completions: () => FakeOpenAiRequest[];
  /** The content answered from now on (a valid summary until set). */
  setContent: (content: FakeOpenAiContent) => void;
  /** Answers the next request(s) with this instead of the content set. */
  replyNext: (reply: FakeOpenAiReply) => void;
  failNext: (failure: FakeOpenAiFailure) => void;
  /** Holds the next request(s) this long before answering (to trip client timeouts). */
  delayNext: (ms: number, times?: number) => void;
  reset: () => void;
  close: () => Promise<void>;
};
