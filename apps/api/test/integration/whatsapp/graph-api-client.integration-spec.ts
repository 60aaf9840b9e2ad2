import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConsoleLogger, Logger, type LoggerService } from '@nestjs/common';
import { type FakeGraphApi, graphErrorPresets, startFakeGraphApi } from '@loved/testing';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AppConfig } from '../../../src/core/config/app-config';
import { loadConfig } from '../../../src/core/config/load-config';
import { MetricsRegistry } from '../../../src/core/metrics/metrics-registry';
import { ProviderCallMetrics } from '../../../src/core/metrics/provider-call.metrics';
import { GraphApiClient } from '../../../src/modules/whatsapp/graph/graph-api.client';
import {
  GraphApiError,
  GraphUnavailableError,
} from '../../../src/modules/whatsapp/graph/graph-api.errors';
import type { GraphCredentials } from '../../../src/modules/whatsapp/graph/graph-api.types';

const TIMEOUT_MS = 300;
const CUSTOMER = '5511987654321';

let fake: FakeGraphApi;
const clients: GraphApiClient[] = [];
/** Everything the client logged, serialised, so tests can look for leaked secrets. */
const logged: string[] = [];
const capture = (message: unknown): void => {
  logged.push(JSON.stringify(message));
};
const captureLogger: LoggerService = {
  log: capture,
  warn: capture,
  error: capture,
  debug: capture,
  verbose: capture,
};

function makeClient(baseUrl = fake.url): GraphApiClient {
  const dataDir = mkdtempSync(join(tmpdir(), 'loved-graph-'));
  const env = loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: dataDir,
    GRAPH_API_BASE_URL: baseUrl,
    GRAPH_API_TIMEOUT_MS: String(TIMEOUT_MS),
  });
  const config: AppConfig = {
    mode: 'embedded',
    env,
    databaseUrl: 'postgres://unused@127.0.0.1/unused',
    jwtSecret: 'test-secret-that-is-long-enough-to-sign-tokens',
    dataDir,
    webDistDir: join(dataDir, 'no-web-build'),
  };
  const client = new GraphApiClient(config, new ProviderCallMetrics(new MetricsRegistry()));
  clients.push(client);
  return client;
}

/** A number of its own per test, so breakers and records never mix between tests. */
function makeNumber(): GraphCredentials {
  const suffix = randomUUID().replace(/-/g, '').slice(0, 10);
  const creds = {
    integrationId: randomUUID(),
    phoneNumberId: `10${parseInt(suffix, 16)}`,
    wabaId: `20${parseInt(suffix, 16)}`,
    accessToken: `EAAG${suffix}`,
  };
  fake.addPhoneNumber({
    ...creds,
    displayPhoneNumber: '+55 11 4000-0000',
    verifiedName: 'Loja da Conceição',
  });
  return creds;
}

const requestsTo = (creds: GraphCredentials, edge: string): number =>
  fake.requests.filter((r) => r.path.endsWith(`/${creds.phoneNumberId}${edge}`)).length;

async function caught(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail');
}

beforeAll(async () => {
  Logger.overrideLogger(captureLogger);
  fake = await startFakeGraphApi();
});

afterEach(() => {
  for (const client of clients.splice(0)) client.onModuleDestroy();
  fake.reset();
  logged.length = 0;
});

afterAll(async () => {
  Logger.overrideLogger(new ConsoleLogger());
  await fake.close();
});

describe('GraphApiClient', () => {
  it('reads the phone number behind the credentials', async () => {
    const creds = makeNumber();

    const phone = await makeClient().getPhoneNumber(creds);

    expect(phone).toEqual({
      id: creds.phoneNumberId,
      display_phone_number: '+55 11 4000-0000',
      verified_name: 'Loja da Conceição',
    });
    const request = fake.requests.find((r) => r.path === `/v23.0/${creds.phoneNumberId}`);
    expect(request?.headers.authorization).toBe(`Bearer ${creds.accessToken}`);
  });

  it('does not append the version when the base URL already carries one', async () => {
    const creds = makeNumber();

    await makeClient(`${fake.url}/v21.0`).getPhoneNumber(creds);

    expect(fake.requests.some((r) => r.path === `/v21.0/${creds.phoneNumberId}`)).toBe(true);
  });

  it('reports a revoked token as an auth failure without retrying', async () => {
    const creds = makeNumber();
    fake.revokeToken(creds.accessToken);

    const error = await caught(makeClient().getPhoneNumber(creds));

    expect(error).toBeInstanceOf(GraphApiError);
    const graphError = error as GraphApiError;
    expect(graphError.isAuthFailure).toBe(true);
    expect(graphError.code).toBe(190);
    expect(graphError.subcode).toBe(460);
    expect(graphError.isRetryable).toBe(false);
    expect(requestsTo(creds, '')).toBe(1);
  });

  it("refuses a token on another number's id with Graph's code 100, not an auth failure", async () => {
    const mine = makeNumber();
    const theirs = makeNumber();

    const error = await caught(
      makeClient().getPhoneNumber({ ...mine, phoneNumberId: theirs.phoneNumberId }),
    );

    expect(error).toBeInstanceOf(GraphApiError);
    expect((error as GraphApiError).code).toBe(100);
    expect((error as GraphApiError).httpStatus).toBe(400);
    expect((error as GraphApiError).isAuthFailure).toBe(false);
  });

  it('sends a text and returns the wamid and wa_id', async () => {
    const creds = makeNumber();

    const sent = await makeClient().sendMessage(creds, {
      type: 'text',
      text: 'Olá! Seu orçamento está pronto.',
      to: CUSTOMER,
    });

    expect(sent.wamid).toMatch(/^wamid\./);
    expect(sent.waId).toBe(CUSTOMER);
    const recorded = fake.sentMessages.find((m) => m.wamid === sent.wamid);
    expect(recorded?.body).toEqual({
      messaging_product: 'whatsapp',
      recipient_type: 'individual',
      to: CUSTOMER,
      type: 'text',
      text: { body: 'Olá! Seu orçamento está pronto.', preview_url: false },
    });
  });

  it('reports the wa_id Meta resolved, which may differ from the number sent to', async () => {
    const creds = makeNumber();
    fake.setWaId('5511987650000', '551187650000');

    const sent = await makeClient().sendMessage(creds, {
      type: 'text',
      text: 'Oi',
      to: '5511987650000',
    });

    expect(sent.waId).toBe('551187650000');
  });

  it('sends a template and a captioned image in Meta’s shape', async () => {
    const creds = makeNumber();
    const client = makeClient();

    const template = await client.sendMessage(creds, {
      type: 'template',
      template: { name: 'lembrete_visita', language: 'pt_BR' },
      to: CUSTOMER,
    });
    const image = await client.sendMessage(creds, {
      type: 'image',
      mediaId: '1234567890',
      caption: 'Planta do apartamento',
      to: CUSTOMER,
      replyToWamid: template.wamid,
    });

    const bodies = fake.sentMessages.filter((m) => m.phoneNumberId === creds.phoneNumberId);
    expect(bodies.map((m) => m.wamid)).toEqual([template.wamid, image.wamid]);
    expect(bodies[0]?.body.template).toEqual({
      name: 'lembrete_visita',
      language: { code: 'pt_BR' },
    });
    expect(bodies[1]?.body.image).toEqual({ id: '1234567890', caption: 'Planta do apartamento' });
    expect(bodies[1]?.body.context).toEqual({ message_id: template.wamid });
  });

  it('surfaces 131047 (outside the 24 h window) with its details, without retrying', async () => {
    const creds = makeNumber();
    fake.failNext({ ...graphErrorPresets.reEngagement, path: 'messages' });

    const error = await caught(
      makeClient().sendMessage(creds, { type: 'text', text: 'Oi', to: CUSTOMER }),
    );

    expect(error).toBeInstanceOf(GraphApiError);
    const graphError = error as GraphApiError;
    expect(graphError.code).toBe(131047);
    expect(graphError.title).toBe('Re-engagement message');
    expect(graphError.details).toContain('24 hours');
    expect(graphError.isRetryable).toBe(false);
    expect(requestsTo(creds, '/messages')).toBe(1);
  });

  it('retries a rate limit (130429) and then succeeds', async () => {
    const creds = makeNumber();
    fake.failNext({ ...graphErrorPresets.rateLimit, path: 'messages' });

    const sent = await makeClient().sendMessage(creds, { type: 'text', text: 'Oi', to: CUSTOMER });

    expect(sent.wamid).toMatch(/^wamid\./);
    expect(requestsTo(creds, '/messages')).toBe(2);
  });

  it('gives up on repeated 500s after three attempts', async () => {
    const creds = makeNumber();
    fake.failNext({ ...graphErrorPresets.serverError, path: 'phone', times: 3 });

    const error = await caught(makeClient().getPhoneNumber(creds));

    expect(error).toBeInstanceOf(GraphApiError);
    expect((error as GraphApiError).httpStatus).toBe(500);
    expect((error as GraphApiError).code).toBe(131000);
    expect(requestsTo(creds, '')).toBe(3);
  });

  it('recovers from a 503 page that is not Meta JSON', async () => {
    const creds = makeNumber();
    fake.failNext({ ...graphErrorPresets.serviceUnavailable, path: 'phone' });

    const phone = await makeClient().getPhoneNumber(creds);

    expect(phone.id).toBe(creds.phoneNumberId);
    expect(requestsTo(creds, '')).toBe(2);
  });

  it('times out a slow lookup on every attempt and reports a timeout', async () => {
    const creds = makeNumber();
    fake.delayNext(TIMEOUT_MS * 3, { path: 'phone', times: 3 });

    const error = await caught(makeClient().getPhoneNumber(creds));

    expect(error).toBeInstanceOf(GraphUnavailableError);
    expect((error as GraphUnavailableError).reason).toBe('timeout');
    expect(requestsTo(creds, '')).toBe(3);
  });

  it('does not repeat a send whose answer timed out, since Meta may have delivered it', async () => {
    const creds = makeNumber();
    fake.delayNext(TIMEOUT_MS * 3, { path: 'messages' });

    const error = await caught(
      makeClient().sendMessage(creds, { type: 'text', text: 'Oi', to: CUSTOMER }),
    );

    expect(error).toBeInstanceOf(GraphUnavailableError);
    expect((error as GraphUnavailableError).reason).toBe('timeout');
    expect(requestsTo(creds, '/messages')).toBe(1);
  });

  it('opens the circuit after repeated 5xx and then fails fast without calling Meta', async () => {
    const creds = makeNumber();
    const other = makeNumber();
    const client = makeClient();
    // Three failed attempts, then two more: five failures in the window open the breaker.
    fake.failNext({ ...graphErrorPresets.serverError, path: 'phone', times: 5 });

    await caught(client.getPhoneNumber(creds));
    await caught(client.getPhoneNumber(creds));
    const before = requestsTo(creds, '');
    const error = await caught(client.getPhoneNumber(creds));

    expect(error).toBeInstanceOf(GraphUnavailableError);
    expect((error as GraphUnavailableError).reason).toBe('circuit_open');
    expect(requestsTo(creds, '')).toBe(before);
    // Another integration has its own breaker.
    await expect(client.getPhoneNumber(other)).resolves.toMatchObject({ id: other.phoneNumberId });
  });

  it('keeps the circuit closed on client errors such as 131047', async () => {
    const creds = makeNumber();
    const client = makeClient();
    fake.failNext({ ...graphErrorPresets.reEngagement, path: 'messages', times: 8 });

    for (let i = 0; i < 8; i += 1) {
      await caught(client.sendMessage(creds, { type: 'text', text: 'Oi', to: CUSTOMER }));
    }
    const sent = await client.sendMessage(creds, { type: 'text', text: 'Oi', to: CUSTOMER });

    expect(sent.wamid).toMatch(/^wamid\./);
  });

  it('uploads media, reads its URL and downloads it with the bearer headers', async () => {
    const creds = makeNumber();
    const client = makeClient();
    const bytes = Buffer.from('%PDF-1.7 proposta comercial');

    const uploaded = await client.uploadMedia(creds, {
      bytes,
      contentType: 'application/pdf',
      filename: 'proposta.pdf',
    });
    const media = await client.getMedia(creds, uploaded.id);
    const withAuth = await fetch(media.url, { headers: client.authorization(creds) });
    const withoutAuth = await fetch(media.url);

    expect(fake.uploadedMedia.find((m) => m.id === uploaded.id)).toMatchObject({
      phoneNumberId: creds.phoneNumberId,
      mimeType: 'application/pdf',
      filename: 'proposta.pdf',
    });
    expect(media).toMatchObject({ mime_type: 'application/pdf', file_size: bytes.length });
    expect(media.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(withAuth.status).toBe(200);
    expect(withAuth.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await withAuth.arrayBuffer())).toEqual(bytes);
    expect(withoutAuth.status).toBe(401);
  });

  it("refuses another number's media", async () => {
    const mine = makeNumber();
    const theirs = makeNumber();
    const mediaId = `9${Date.now()}`;
    fake.addMedia({
      id: mediaId,
      bytes: Buffer.from('x'),
      mimeType: 'image/jpeg',
      phoneNumberId: theirs.phoneNumberId,
    });

    const error = await caught(makeClient().getMedia(mine, mediaId));

    expect(error).toBeInstanceOf(GraphApiError);
    expect((error as GraphApiError).code).toBe(100);
  });

  it('lists templates across pages', async () => {
    const creds = makeNumber();
    const templates = Array.from({ length: 130 }, (_, i) => ({
      name: `modelo_${i}`,
      language: 'pt_BR',
      category: 'MARKETING',
      components: [{ type: 'BODY', text: `Olá {{1}}, oferta ${i}` }],
    }));
    fake.setTemplates(creds.wabaId, [
      ...templates,
      { ...templates[0], name: 'em_analise', status: 'PENDING' },
    ]);

    const listed = await makeClient().listTemplates(creds);

    expect(listed).toHaveLength(131);
    expect(listed[0]).toEqual({
      name: 'modelo_0',
      language: 'pt_BR',
      category: 'MARKETING',
      status: 'APPROVED',
      components: [{ type: 'BODY', text: 'Olá {{1}}, oferta 0' }],
    });
    expect(listed.at(-1)).toMatchObject({ name: 'em_analise', status: 'PENDING' });
    const pages = fake.requests.filter(
      (r) => r.path === `/v23.0/${creds.wabaId}/message_templates`,
    );
    expect(pages).toHaveLength(2);
  });

  it('logs failures with ids and codes but never the token or the message text', async () => {
    const creds = makeNumber();
    fake.failNext({ ...graphErrorPresets.rateLimit, path: 'messages' });
    fake.failNext({ ...graphErrorPresets.reEngagement, path: 'messages' });

    await caught(
      makeClient().sendMessage(creds, { type: 'text', text: 'segredo do cliente', to: CUSTOMER }),
    );

    const lines = logged.join('\n');
    expect(lines).toContain(creds.integrationId);
    expect(lines).toContain('131047');
    expect(lines).not.toContain(creds.accessToken);
    expect(lines).not.toContain('segredo do cliente');
  });
});
