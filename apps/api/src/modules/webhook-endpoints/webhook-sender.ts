import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { guardedLookup, type WebhookUrlPolicyOptions } from './webhook-url-policy';

/** Longest a delivery attempt may take, connection to last byte read. */
export const WEBHOOK_TIMEOUT_MS = 10_000;
/** Enough of a receiver's answer to explain a failure in the delivery log. */
const RESPONSE_BYTES_KEPT = 4_096;
const ERROR_BODY_CHARS = 300;

export const WEBHOOK_USER_AGENT = 'LovedCRM-Webhooks/1.0 (Loved CRM)';

export type WebhookSendInput = {
  url: URL;
  headers: Record<string, string>;
  body: string;
  policy: WebhookUrlPolicyOptions;
  /** Aborted on shutdown: the attempt is abandoned unrecorded, as if the worker had died. */
  signal?: AbortSignal;
  timeoutMs?: number;
};

export type WebhookSendResult = {
  /** Only a 2xx answer. */
  ok: boolean;
  status: number | null;
  durationMs: number;
  /** Why it failed, for the delivery log (status and the start of the body, or the error). */
  error: string | null;
  /** `signal` fired: nothing is known about the attempt. */
  aborted: boolean;
};

/**
 * POSTs one signed delivery. Redirects are not followed (a 3xx fails the attempt), only 2xx
 * succeeds, at most a few KB of the answer are read, and every resolved address is checked
 * against the URL policy as the socket connects. Never throws.
 */
export function sendWebhook(input: WebhookSendInput): Promise<WebhookSendResult> {
  const started = performance.now();
  const timeoutMs = input.timeoutMs ?? WEBHOOK_TIMEOUT_MS;
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = input.signal ? AbortSignal.any([timeout, input.signal]) : timeout;
  const request = input.url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve) => {
    let settled = false;
    const finish = (result: Omit<WebhookSendResult, 'durationMs' | 'aborted'>): void => {
      if (settled) return;
      settled = true;
      resolve({
        ...result,
        durationMs: Math.round(performance.now() - started),
        aborted: input.signal?.aborted ?? false,
      });
    };
    const onResponse = (response: IncomingMessage): void => {
      const status = response.statusCode ?? 0;
      const chunks: Buffer[] = [];
      let kept = 0;
      response.on('data', (chunk: Buffer) => {
        if (kept < RESPONSE_BYTES_KEPT) chunks.push(chunk);
        kept += chunk.length;
        // Enough read: the rest of a large answer is not worth the wait.
        if (kept >= RESPONSE_BYTES_KEPT) response.destroy();
      });
      response.on('error', () => undefined);
      response.on('close', () =>
        finish(
          describeAnswer(status, Buffer.concat(chunks).subarray(0, RESPONSE_BYTES_KEPT), signal),
        ),
      );
    };
    const outgoing = request(
      input.url,
      {
        method: 'POST',
        headers: { ...input.headers, 'content-length': String(Buffer.byteLength(input.body)) },
        lookup: guardedLookup(input.policy),
        // A fresh connection each time: no socket (or its resolved address) shared between orgs.
        agent: false,
        signal,
      },
      onResponse,
    );
    outgoing.on('error', (error: NodeJS.ErrnoException) =>
      finish({ ok: false, status: null, error: describeError(error, timeout, timeoutMs) }),
    );
    outgoing.end(input.body);
  });
}

function describeAnswer(
  status: number,
  body: Buffer,
  signal: AbortSignal,
): Omit<WebhookSendResult, 'durationMs' | 'aborted'> {
  if (status >= 200 && status < 300) return { ok: true, status, error: null };
  if (status >= 300 && status < 400) {
    return { ok: false, status, error: `HTTP ${status}: redirects are not followed` };
  }
  const text = printable(body.toString('utf8')).trim().slice(0, ERROR_BODY_CHARS);
  const timedOut = signal.aborted ? ' (timed out reading the answer)' : '';
  return { ok: false, status, error: `HTTP ${status}${timedOut}${text ? `: ${text}` : ''}` };
}

function describeError(
  error: NodeJS.ErrnoException,
  timeout: AbortSignal,
  timeoutMs: number,
): string {
  if (timeout.aborted) return `timed out after ${timeoutMs / 1000} s`;
  if (error.name === 'WebhookUrlRefusedError') return error.message;
  switch (error.code) {
    case 'ECONNREFUSED':
      return 'connection refused';
    case 'ECONNRESET':
      return 'connection reset';
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return 'host not found';
    default:
      return (error.code ?? error.message).slice(0, 200);
  }
}

/** Control characters (newlines included) become spaces: the log shows one line. */
const printable = (text: string): string =>
  Array.from(text, (char) => {
    const code = char.charCodeAt(0);
    return code < 0x20 || code === 0x7f ? ' ' : char;
  }).join('');
