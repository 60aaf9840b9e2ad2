import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { startFakeHttpServer } from '../fake-http/fake-http-server';
import { type FakeReply, jsonReply } from '../fake-http/fake-reply';
import type { FakeJsonFormat } from '../fake-http/fake-reply-writer';
import { headerOf, readRequestBody } from '../fake-http/fake-request';
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

/** OpenAI sends no charset with its JSON. */
const OPENAI_JSON: FakeJsonFormat = { contentType: 'application/json' };

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
): FakeReply => {
  const known = ERROR_TYPES[status] ?? ERROR_TYPES[500];
  const body = {
    error: {
      message: message ?? known?.message,
      type: known?.type,
      param: null,
      code: known?.code ?? null,
    },
  };
  return jsonReply(body, status, headers);
};

const estimateTokens = (text: string): number => Math.max(1, Math.ceil(text.length / 4));

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

function completion(state: FakeOpenAiState, body: Record<string, unknown>): FakeReply {
  const reply = state.takeReply();
  const source = reply?.content ?? state.content;
  const content = typeof source === 'string' ? source : JSON.stringify(source);
  const refusal = reply?.refusal ?? null;
  const promptTokens = estimateTokens(promptText(body));
  const completionTokens = estimateTokens(refusal ?? content);
  return jsonReply(
    {
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
    200,
    { 'x-request-id': `req_${randomBytes(8).toString('hex')}` },
  );
}

/** Checks what OpenAI checks before answering: the key, then the request's shape. */
async function check(
  state: FakeOpenAiState,
  method: string,
  path: string,
  authorization: string | null,
  body: Record<string, unknown> | null,
): Promise<FakeReply> {
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

/** Records the request, then answers it; the record gets the status answered. */
async function answer(state: FakeOpenAiState, request: IncomingMessage): Promise<FakeReply> {
  const rawBody = (await readRequestBody(request)).toString('utf8');
  const method = request.method ?? 'GET';
  const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
  const authorization = headerOf(request, 'authorization');
  const body = parseJson(rawBody);
  const record: FakeOpenAiRequest = { method, path, authorization, body, rawBody, status: 0 };
  state.requests.push(record);
  const reply = await check(state, method, path, authorization, body);
  record.status = reply.httpStatus;
  return reply;
}

/**
 * Starts a fake OpenAI-compatible server on 127.0.0.1 (random port): `POST /v1/chat/completions`
 * in OpenAI's wire format, bearer key checked, every request recorded, answers set by the test
 * (a valid summary by default, invalid JSON, a refusal…) and 401/429/5xx on demand, with
 * `usage` filled. Point the official SDK at it with `baseURL: fake.url + '/v1'`.
 */
export async function startFakeOpenAi(options: FakeOpenAiOptions = {}): Promise<FakeOpenAi> {
  const state = new FakeOpenAiState(options.apiKey ?? `sk-test-${randomBytes(16).toString('hex')}`);
  // No onBug: a bug drops the connection, which the SDK reports as a connection error.
  const server = await startFakeHttpServer({
    port: options.port,
    name: 'OpenAI',
    json: OPENAI_JSON,
    answer: (request) => answer(state, request),
  });
  return {
    url: server.url,
    port: server.port,
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
    close: server.close,
  };
}
