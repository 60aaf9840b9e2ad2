import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import type {
  FakeOpenAi,
  FakeOpenAiContent,
  FakeOpenAiFailure,
  FakeOpenAiOptions,
  FakeOpenAiReply,
  FakeOpenAiRequest,
} from './fake-openai.type';

/** A valid answer of the summary schema, in pt-BR. */
export const FAKE_SUMMARY_CONTENT = {
  summary:
    'O cliente pediu uma proposta de gestão de redes sociais e demonstrou interesse em fechar neste mês.',
  sentiment: 'positive',
  next_actions: ['Enviar a proposta revisada', 'Agendar uma reunião de alinhamento'],
  confidence: 0.86,
} as const;

const COMPLETIONS_PATH = '/v1/chat/completions';

type Answer = { status: number; body: unknown; headers?: Record<string, string> };

const ERROR_TYPES: Record<number, { type: string; code: string | null; message: string }> = {
  400: { type: 'invalid_request_error', code: null, message: 'Invalid request.' },
  401: {
    type: 'invalid_request_error',
    code: 'invalid_api_key',
    message: 'Incorrect API key provided.',
  },
  403: { type: 'invalid_request_error', code: null, message: 'You are not allowed to do this.' },
  404: {
    type: 'invalid_request_error',
    code: 'model_not_found',
    message: 'The model does not exist or you do not have access to it.',
  },
  429: {
    type: 'requests',
    code: 'rate_limit_exceeded',
    message: 'Rate limit reached for requests. Please try again later.',
  },
  500: { type: 'server_error', code: null, message: 'The server had an error.' },
  502: { type: 'server_error', code: null, message: 'Bad gateway.' },
  503: { type: 'server_error', code: null, message: 'The engine is currently overloaded.' },
};

const errorAnswer = (
  status: number,
  message?: string,
  headers?: Record<string, string>,
): Answer => {
  const known = ERROR_TYPES[status] ?? ERROR_TYPES[500];
  return {
    status,
    headers,
    body: {
      error: {
        message: message ?? known?.message,
        type: known?.type,
        param: null,
        code: known?.code ?? null,
      },
    },
  };
};

const estimateTokens = (text: string): number => Math.max(1, Math.ceil(text.length / 4));

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) {
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  }
  return Buffer.concat(chunks).toString('utf8');
}

function parseJson(raw: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(raw);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

/** What the messages say, for the usage counts. */
function promptText(body: Record<string, unknown>): string {
  const messages = Array.isArray(body.messages) ? body.messages : [];
  return messages
    .map((m) => (typeof m === 'object' && m !== null ? (m as { content?: unknown }).content : ''))
    .map((content) => (typeof content === 'string' ? content : JSON.stringify(content ?? '')))
    .join('\n');
}

class FakeOpenAiState {
  readonly requests: FakeOpenAiRequest[] = [];
  content: FakeOpenAiContent = { ...FAKE_SUMMARY_CONTENT };
  private readonly failures: FakeOpenAiFailure[] = [];
  private readonly replies: FakeOpenAiReply[] = [];
  private readonly delays: number[] = [];
  private sequence = 0;

  constructor(readonly apiKey: string) {}

  queueFailure(failure: FakeOpenAiFailure): void {
    for (let i = 0; i < (failure.times ?? 1); i += 1) this.failures.push(failure);
  }

  queueReply(reply: FakeOpenAiReply): void {
    for (let i = 0; i < (reply.times ?? 1); i += 1) this.replies.push(reply);
  }

  queueDelay(ms: number, times: number): void {
    for (let i = 0; i < times; i += 1) this.delays.push(ms);
  }

  takeFailure = (): FakeOpenAiFailure | undefined => this.failures.shift();
  takeReply = (): FakeOpenAiReply | undefined => this.replies.shift();
  takeDelay = (): number => this.delays.shift() ?? 0;
  nextId = (): string => `chatcmpl-fake${(this.sequence += 1)}${randomBytes(6).toString('hex')}`;

  reset(): void {
    this.requests.length = 0;
    this.failures.length = 0;
    this.replies.length = 0;
    this.delays.length = 0;
    this.content = { ...FAKE_SUMMARY_CONTENT };
  }
}

function completion(state: FakeOpenAiState, body: Record<string, unknown>): Answer {
  const reply = state.takeReply();
  const source = reply?.content ?? state.content;
  const content = typeof source === 'string' ? source : JSON.stringify(source);
  const refusal = reply?.refusal ?? null;
  const promptTokens = estimateTokens(promptText(body));
  const completionTokens = estimateTokens(refusal ?? content);
  return {
    status: 200,
    headers: { 'x-request-id': `req_${randomBytes(8).toString('hex')}` },
    body: {
      id: state.nextId(),
      object: 'chat.completion',
      created: Math.floor(Date.now() / 1000),
      model: typeof body.model === 'string' ? body.model : 'unknown',
      choices: [
        {
          index: 0,
          message: {
            role: 'assistant',
            content: refusal ? null : content,
            refusal,
            annotations: [],
          },
          logprobs: null,
          finish_reason: reply?.finishReason ?? 'stop',
        },
      ],
      usage: {
        prompt_tokens: promptTokens,
        completion_tokens: completionTokens,
        total_tokens: promptTokens + completionTokens,
        prompt_tokens_details: { cached_tokens: 0, audio_tokens: 0 },
        completion_tokens_details: {
          reasoning_tokens: 0,
          audio_tokens: 0,
          accepted_prediction_tokens: 0,
          rejected_prediction_tokens: 0,
        },
      },
      service_tier: 'default',
      system_fingerprint: 'fp_fake',
    },
  };
}

/** Checks what OpenAI checks before answering: the key, then the request's shape. */
async function answer(
  state: FakeOpenAiState,
  method: string,
  path: string,
  authorization: string | null,
  body: Record<string, unknown> | null,
): Promise<Answer> {
  const delay = state.takeDelay();
  if (delay > 0) await sleep(delay);
  if (method !== 'POST' || path !== COMPLETIONS_PATH) {
    return errorAnswer(404, `Invalid URL (${method} ${path})`);
  }
  const key = authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (key !== state.apiKey) {
    return errorAnswer(401, key ? undefined : "You didn't provide an API key.");
  }
  const failure = state.takeFailure();
  if (failure) {
    const headers: Record<string, string> = {};
    if (failure.retryAfterMs !== undefined)
      headers['retry-after-ms'] = String(failure.retryAfterMs);
    return errorAnswer(failure.status, failure.message, headers);
  }
  if (!body) return errorAnswer(400, 'We could not parse the JSON body of your request.');
  if (typeof body.model !== 'string' || !body.model) {
    return errorAnswer(400, "Missing required parameter: 'model'.");
  }
  if (!Array.isArray(body.messages) || body.messages.length === 0) {
    return errorAnswer(400, "Missing required parameter: 'messages'.");
  }
  return completion(state, body);
}

function write(response: ServerResponse, result: Answer): void {
  if (response.destroyed) return;
  const payload = Buffer.from(JSON.stringify(result.body), 'utf8');
  response.writeHead(result.status, {
    'content-type': 'application/json',
    'content-length': payload.length,
    ...result.headers,
  });
  response.end(payload);
}

/**
 * Starts a fake OpenAI-compatible server on 127.0.0.1 (random port): `POST /v1/chat/completions`
 * in OpenAI's wire format, bearer key checked, every request recorded, answers set by the test
 * (a valid summary by default, invalid JSON, a refusal…) and 401/429/5xx on demand, with
 * `usage` filled. Point the official SDK at it with `baseURL: fake.url + '/v1'`.
 */
export async function startFakeOpenAi(options: FakeOpenAiOptions = {}): Promise<FakeOpenAi> {
  const state = new FakeOpenAiState(options.apiKey ?? `sk-test-${randomBytes(16).toString('hex')}`);
  const server = createServer((request, response) => {
    void (async () => {
      const rawBody = await readBody(request);
      const method = request.method ?? 'GET';
      const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
      const authorization =
        typeof request.headers.authorization === 'string' ? request.headers.authorization : null;
      const body = parseJson(rawBody);
      const record: FakeOpenAiRequest = { method, path, authorization, body, rawBody, status: 0 };
      state.requests.push(record);
      const result = await answer(state, method, path, authorization, body);
      record.status = result.status;
      write(response, result);
    })().catch(() => response.destroy());
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('fake OpenAI: no port');
  const port = address.port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    apiKey: state.apiKey,
    requests: state.requests,
    completions: () =>
      state.requests.filter((r) => r.path === COMPLETIONS_PATH && r.status === 200),
    setContent: (content) => {
      state.content = content;
    },
    replyNext: (reply) => state.queueReply(reply),
    failNext: (failure) => state.queueFailure(failure),
    delayNext: (ms, times = 1) => state.queueDelay(ms, times),
    reset: () => state.reset(),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Keep-alive sockets of fetch clients would hold close() open until they time out.
        server.closeAllConnections();
      }),
  };
}
