import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createLovedClient,
  type LeadResponse,
  type LovedClient,
  type PipelineColumn,
  type ProblemDetails,
} from '@loved/api-client';
import { makeLead } from '@loved/testing';
import { register, type Session } from '../../utils/identity.helpers';
import { createTestApp, type TestApp } from '../../utils/test-app';

/**
 * `@loved/api-client` over real HTTP: the test app listens on 127.0.0.1 and the client reaches it
 * with the global fetch, as an integrator's script would.
 */
describe('@loved/api-client against the running API', () => {
  let t: TestApp;
  let baseUrl: string;
  beforeAll(async () => {
    t = await createTestApp();
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const address = t.app.getHttpServer().address();
    baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  afterAll(async () => {
    await t.close();
  });

  const sessionClient = (session: Session): LovedClient =>
    createLovedClient({
      baseUrl,
      accessToken: session.access_token,
      organizationId: session.organizationId,
    });

  /** An API key of the admin's organisation, made through the client like an integrator would. */
  const createKeySecret = async (admin: Session): Promise<string> => {
    const { data, error } = await sessionClient(admin).POST('/api/v1/api-keys', {
      body: { name: 'Zapier', scopes: ['leads:read', 'leads:write'] },
    });
    if (!data) throw new Error(`create key failed: ${JSON.stringify(error)}`);
    return data.secret;
  };

  /** Creates a lead through `client`, then reads the board's first column. */
  const createAndFindOnBoard = async (
    client: LovedClient,
  ): Promise<{ lead: LeadResponse; column: PipelineColumn | undefined }> => {
    const created = await client.POST('/api/v1/leads', {
      params: { header: { 'Idempotency-Key': randomUUID() } },
      body: makeLead({ estimated_value: '1500.00' }),
    });
    expect(created.error).toBeUndefined();
    expect(created.response.status).toBe(201);
    if (!created.data) throw new Error('no lead in the answer');
    const board = await client.GET('/api/v1/pipeline', { params: { query: { limit: 10 } } });
    expect(board.error).toBeUndefined();
    const column = board.data?.columns.find((candidate) => candidate.stage === 'lead');
    return { lead: created.data, column };
  };

  it("creates a lead and finds it on the board with a person's session", async () => {
    const admin = await register(t.app);
    const client = sessionClient(admin);

    const { lead, column } = await createAndFindOnBoard(client);

    expect(lead.organization_id).toBe(admin.organizationId);
    expect(lead.stage).toBe('lead');
    expect(lead.estimated_value_cents).toBe(150_000);
    expect(column?.count).toBe(1);
    expect(column?.total_estimated_value).toBe('1500.00');
    expect(column?.items.map((item) => item.id)).toEqual([lead.id]);
  });

  it('replays a create retried with the same Idempotency-Key instead of making a second lead', async () => {
    const admin = await register(t.app);
    const client = sessionClient(admin);
    const request = {
      params: { header: { 'Idempotency-Key': randomUUID() } },
      body: makeLead(),
    };

    const first = await client.POST('/api/v1/leads', request);
    const retry = await client.POST('/api/v1/leads', request);

    expect(first.response.status).toBe(201);
    expect(retry.response.headers.get('idempotent-replayed')).toBe('true');
    expect(retry.data?.id).toBe(first.data?.id);
  });

  it('hands back a refused request as a typed problem', async () => {
    const admin = await register(t.app);
    const client = sessionClient(admin);

    const { data, error, response } = await client.POST('/api/v1/leads', { body: { name: '' } });

    expect(data).toBeUndefined();
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    const problem: ProblemDetails | undefined = error;
    expect(problem?.errors?.map((e) => e.field)).toContain('name');
  });

  it('creates a lead and finds it on the board with an organisation API key', async () => {
    const admin = await register(t.app);
    const secret = await createKeySecret(admin);
    expect(secret).toMatch(/^lcrm_/);
    const client = createLovedClient({ baseUrl, apiKey: secret });

    const { lead, column } = await createAndFindOnBoard(client);

    expect(lead.organization_id).toBe(admin.organizationId);
    expect(column?.items.map((item) => item.id)).toEqual([lead.id]);
  });
});
