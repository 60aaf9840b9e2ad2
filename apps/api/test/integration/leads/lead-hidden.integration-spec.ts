import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LeadImportResult, LeadResponse } from '@loved/shared';
import { addMember, asMember, register, type Session } from '../../utils/identity.helpers';
import { createLead } from '../../utils/lead.helpers';
import { createTestApp, type TestApp } from '../../utils/test-app';

const BOUNDARY = '----loved-hidden-boundary-3xQ9';

function csvUpload(csv: string): Buffer {
  return Buffer.concat([
    Buffer.from(
      `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="leads.csv"\r\n` +
        'Content-Type: text/csv\r\n\r\n',
    ),
    Buffer.from(csv),
    Buffer.from(`\r\n--${BOUNDARY}--\r\n`),
  ]);
}

type Problem = { status: number; code: string; detail: string; existing_lead?: unknown };

/** Agents learn nothing of the leads they cannot see: not through duplicates, not through moves. */
describe('leads hidden from an agent', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  /** An organisation where `hidden` belongs to another agent, so `agent` cannot see it. */
  async function arrange(): Promise<{
    admin: Session;
    manager: Session;
    agent: Session;
    hidden: LeadResponse;
  }> {
    const admin = await register(t.app);
    const manager = await addMember(t.app, admin, 'manager');
    const agent = await addMember(t.app, admin, 'agent');
    const other = await addMember(t.app, admin, 'agent');
    const hidden = await createLead(t.app, admin, {
      name: 'Cliente Secreto',
      email: 'secreto@cliente.test',
      phone: '(11) 98888-1234',
      assigned_user_id: other.user.id,
      stage: 'proposta',
    });
    return { admin, manager, agent, hidden };
  }

  it('answers 409 on create without naming a duplicate the agent cannot see', async () => {
    const { agent } = await arrange();
    for (const payload of [
      { name: 'Novo', email: 'SECRETO@cliente.test' },
      { name: 'Novo', phone: '11 98888-1234' },
    ]) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/leads',
        headers: asMember(agent, agent.organizationId),
        payload,
      });
      expect(res.statusCode).toBe(409);
      const problem = res.json<Problem>();
      expect(problem.code).toBe('LEAD_DUPLICATE');
      expect(problem).not.toHaveProperty('existing_lead');
      expect(res.body).not.toContain('Cliente Secreto');
    }
  });

  it('still names the duplicate to managers and admins', async () => {
    const { admin, manager, hidden } = await arrange();
    for (const session of [admin, manager]) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/leads',
        headers: asMember(session, session.organizationId),
        payload: { name: 'Novo', email: 'secreto@cliente.test' },
      });
      expect(res.statusCode).toBe(409);
      expect(res.json<Problem>().existing_lead).toEqual({ id: hidden.id, name: hidden.name });
    }
  });

  it('names a duplicate the agent can see', async () => {
    const { agent } = await arrange();
    const own = await createLead(t.app, agent, { name: 'Meu Lead', email: 'meu@cliente.test' });
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/leads',
      headers: asMember(agent, agent.organizationId),
      payload: { name: 'Novo', email: 'meu@cliente.test' },
    });
    expect(res.json<Problem>().existing_lead).toEqual({ id: own.id, name: own.name });
  });

  it('answers 409 on PATCH of e-mail or phone without naming a hidden duplicate', async () => {
    const { agent } = await arrange();
    const own = await createLead(t.app, agent, { name: 'Meu Lead' });
    for (const change of [{ email: 'secreto@cliente.test' }, { phone: '+5511988881234' }]) {
      const res = await t.app.inject({
        method: 'PATCH',
        url: `/api/v1/leads/${own.id}`,
        headers: asMember(agent, agent.organizationId),
        payload: { version: own.version, ...change },
      });
      expect(res.statusCode).toBe(409);
      expect(res.json<Problem>().code).toBe('LEAD_DUPLICATE');
      expect(res.json<Problem>()).not.toHaveProperty('existing_lead');
      expect(res.body).not.toContain('Cliente Secreto');
    }
  });

  it('reports a hidden duplicate in an import row without its name', async () => {
    const { agent } = await arrange();
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/leads/import',
      headers: {
        ...asMember(agent, agent.organizationId),
        'content-type': `multipart/form-data; boundary=${BOUNDARY}`,
      },
      payload: csvUpload('name,email\nOutro Nome,secreto@cliente.test\n'),
    });
    expect(res.statusCode).toBe(200);
    const result = res.json<LeadImportResult>();
    expect(result).toMatchObject({ imported: 0, skipped: 1 });
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]?.message).not.toContain('Cliente Secreto');
  });

  it('answers a move next to a hidden neighbour exactly as one next to a missing lead', async () => {
    const { agent, hidden } = await arrange();
    const own = await createLead(t.app, agent, { name: 'Meu Lead' });
    const move = (neighbour: Record<string, string>) =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/leads/${own.id}/move`,
        headers: asMember(agent, agent.organizationId),
        payload: { stage: 'proposta', ...neighbour },
      });
    const missingId = '00000000-0000-4000-8000-000000000000';
    for (const field of ['before_id', 'after_id']) {
      const toHidden = await move({ [field]: hidden.id });
      const toMissing = await move({ [field]: missingId });
      expect(toHidden.statusCode).toBe(toMissing.statusCode);
      const strip = (body: Record<string, unknown>): Record<string, unknown> => {
        const { instance: _instance, ...rest } = body;
        return rest;
      };
      expect(strip(toHidden.json())).toEqual(strip(toMissing.json()));
    }
    const after = await t.app.inject({
      method: 'GET',
      url: `/api/v1/leads/${own.id}`,
      headers: asMember(agent, agent.organizationId),
    });
    expect(after.json<LeadResponse>().stage).toBe('lead');
  });
});
