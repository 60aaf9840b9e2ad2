import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LeadResponse } from '@loved/shared';
import { addMember, asMember, register } from '../../utils/identity.helpers';
import { createLead } from '../../utils/lead.helpers';
import { createTestApp, type TestApp } from '../../utils/test-app';

describe('leads', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('creates a lead with a normalised phone, exact money and a created event', async () => {
    const admin = await register(t.app);
    const lead = await createLead(t.app, admin, {
      name: 'João da Silva',
      phone: '(11) 98765-4321',
      email: 'JOAO@Empresa.com.br',
      estimated_value: '1500.50',
      tags: ['site', ' site ', 'urgente'],
      priority: 'high',
    });
    expect(lead).toMatchObject({
      name: 'João da Silva',
      phone: '+5511987654321',
      email: 'joao@empresa.com.br',
      stage: 'lead',
      estimated_value: '1500.50',
      estimated_value_cents: 150050,
      tags: ['site', 'urgente'],
      priority: 'high',
      version: 1,
      communications_count: 0,
      has_ai_summary: false,
    });
    const fetched = await t.app.inject({
      method: 'GET',
      url: `/api/v1/leads/${lead.id}`,
      headers: asMember(admin, admin.organizationId),
    });
    expect(fetched.json()).toEqual(lead);
  });

  it('refuses a float-like or negative value and a bad phone with field errors', async () => {
    const admin = await register(t.app);
    const headers = asMember(admin, admin.organizationId);
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/v1/leads',
      headers,
      payload: { name: 'X', estimated_value: '10.555', estimated_value_cents: -1 },
    });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json<{ errors: Array<{ field: string }> }>()
        .errors.map((e) => e.field)
        .sort(),
    ).toEqual(['estimated_value', 'estimated_value_cents']);
    const phone = await t.app.inject({
      method: 'POST',
      url: '/api/v1/leads',
      headers,
      payload: { name: 'X', phone: '12' },
    });
    expect(phone.statusCode).toBe(400);
    expect(phone.json()).toMatchObject({ errors: [{ field: 'phone' }] });
  });

  it('refuses a duplicate phone (with or without the ninth digit) or e-mail unless allowed', async () => {
    const admin = await register(t.app);
    const headers = asMember(admin, admin.organizationId);
    const first = await createLead(t.app, admin, {
      phone: '+55 21 99876-5432',
      email: 'dup@cliente.test',
    });
    const samePhone = await t.app.inject({
      method: 'POST',
      url: '/api/v1/leads',
      headers,
      payload: { name: 'Outro', phone: '552198765432' },
    });
    expect(samePhone.statusCode).toBe(409);
    expect(samePhone.json()).toMatchObject({
      code: 'LEAD_DUPLICATE',
      existing_lead: { id: first.id, name: first.name },
    });
    const sameEmail = await t.app.inject({
      method: 'POST',
      url: '/api/v1/leads',
      headers,
      payload: { name: 'Outro', email: 'DUP@cliente.test' },
    });
    expect(sameEmail.statusCode).toBe(409);
    const allowed = await t.app.inject({
      method: 'POST',
      url: '/api/v1/leads',
      headers,
      payload: { name: 'Outro', email: 'dup@cliente.test', allow_duplicate: true },
    });
    expect(allowed.statusCode).toBe(201);
  });

  it('updates with the current version and answers 409 with the current lead for a stale one', async () => {
    const admin = await register(t.app);
    const headers = asMember(admin, admin.organizationId);
    const lead = await createLead(t.app, admin);
    const first = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/leads/${lead.id}`,
      headers,
      payload: { version: 1, name: 'Nome novo' },
    });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ name: 'Nome novo', version: 2 });
    const stale = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/leads/${lead.id}`,
      headers,
      payload: { version: 1, name: 'Outro nome' },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({
      code: 'LEAD_STALE_VERSION',
      current: { id: lead.id, name: 'Nome novo', version: 2 },
    });
  });

  it('accepts an outcome only in the fechado stage and clears it when the lead leaves', async () => {
    const admin = await register(t.app);
    const headers = asMember(admin, admin.organizationId);
    const lead = await createLead(t.app, admin);
    const early = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/leads/${lead.id}`,
      headers,
      payload: { version: 1, outcome: 'won' },
    });
    expect(early.statusCode).toBe(400);
    const closed = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/leads/${lead.id}`,
      headers,
      payload: { version: 1, stage: 'fechado', outcome: 'lost', lost_reason: 'Preço' },
    });
    expect(closed.json()).toMatchObject({
      stage: 'fechado',
      outcome: 'lost',
      lost_reason: 'Preço',
    });
    const reopened = await t.app.inject({
      method: 'POST',
      url: `/api/v1/leads/${lead.id}/move`,
      headers,
      payload: { stage: 'negociacao' },
    });
    expect(reopened.json()).toMatchObject({
      stage: 'negociacao',
      outcome: null,
      lost_reason: null,
    });
  });

  it('assigns only members and lets managers delete', async () => {
    const admin = await register(t.app);
    const outsider = await register(t.app);
    const manager = await addMember(t.app, admin, 'manager');
    const lead = await createLead(t.app, admin);
    const assignOutsider = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/leads/${lead.id}`,
      headers: asMember(admin, admin.organizationId),
      payload: { version: 1, assigned_user_id: outsider.user.id },
    });
    expect(assignOutsider.statusCode).toBe(400);
    const assign = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/leads/${lead.id}`,
      headers: asMember(admin, admin.organizationId),
      payload: { version: 1, assigned_user_id: manager.user.id },
    });
    expect(assign.json()).toMatchObject({
      assigned_user: { id: manager.user.id, name: manager.user.name },
    });
    const removal = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/leads/${lead.id}`,
      headers: asMember(manager, admin.organizationId),
    });
    expect(removal.statusCode).toBe(204);
    const gone = await t.app.inject({
      method: 'GET',
      url: `/api/v1/leads/${lead.id}`,
      headers: asMember(admin, admin.organizationId),
    });
    expect(gone.statusCode).toBe(404);
  });

  describe('agents', () => {
    it('see and move only their own and unassigned leads, and cannot delete', async () => {
      const admin = await register(t.app);
      const agent = await addMember(t.app, admin, 'agent');
      const other = await addMember(t.app, admin, 'agent');
      const mine = await createLead(t.app, admin, { assigned_user_id: agent.user.id });
      const unassigned = await createLead(t.app, admin);
      const theirs = await createLead(t.app, admin, { assigned_user_id: other.user.id });
      const headers = asMember(agent, admin.organizationId);

      const list = await t.app.inject({ method: 'GET', url: '/api/v1/leads', headers });
      const ids = list.json<{ items: LeadResponse[] }>().items.map((l) => l.id);
      expect(ids.sort()).toEqual([mine.id, unassigned.id].sort());

      expect(
        (await t.app.inject({ method: 'GET', url: `/api/v1/leads/${theirs.id}`, headers }))
          .statusCode,
      ).toBe(404);
      const move = await t.app.inject({
        method: 'POST',
        url: `/api/v1/leads/${theirs.id}/move`,
        headers,
        payload: { stage: 'contato' },
      });
      expect(move.statusCode).toBe(404);
      const moveMine = await t.app.inject({
        method: 'POST',
        url: `/api/v1/leads/${mine.id}/move`,
        headers,
        payload: { stage: 'contato' },
      });
      expect(moveMine.statusCode).toBe(200);
      expect(
        (await t.app.inject({ method: 'DELETE', url: `/api/v1/leads/${mine.id}`, headers }))
          .statusCode,
      ).toBe(403);

      const board = await t.app.inject({ method: 'GET', url: '/api/v1/pipeline', headers });
      const counts = board
        .json<{ columns: Array<{ count: number }> }>()
        .columns.reduce((sum, c) => sum + c.count, 0);
      expect(counts).toBe(2);
    });

    it('cannot assign a lead to someone else', async () => {
      const admin = await register(t.app);
      const agent = await addMember(t.app, admin, 'agent');
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/leads',
        headers: asMember(agent, admin.organizationId),
        payload: { name: 'Novo', assigned_user_id: admin.user.id },
      });
      expect(res.statusCode).toBe(403);
      const own = await createLead(t.app, { ...agent, organizationId: admin.organizationId });
      expect(own.assigned_user_id).toBe(agent.user.id);
    });
  });
});
