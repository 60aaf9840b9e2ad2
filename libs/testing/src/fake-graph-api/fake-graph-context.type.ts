import type { FakeGraphState } from './fake-graph-state';

/** One authenticated request, as a route handler sees it. */
export type FakeGraphContext = {
  state: FakeGraphState;
  method: string;
  query: Record<string, string>;
  /** A known, unrevoked token: the server checked it before the handler ran. */
  token: string;
  rawBody: Buffer;
  contentType: string | null;
  /** `http://127.0.0.1:PORT`, for URLs the fake hands out. */
  baseUrl: string;
};
