import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommunicationSearchHit } from '@loved/shared';
import { addMember, asMember, register, type Session } from '../../utils/identity.helpers';
import { createLead } from '../../utils/lead.helpers';
import { createTestApp, type TestApp } from '../../utils/test-app';

describe('communication search', () => {
  let t: TestApp;
  let admin: Session;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await register(t.app);
  });
  afterAll(() => t.close());

  const addNote = (session: Session, leadId: string, content: string) =>
    t.app.inject({
      method: 'POST',
      url: `/api/v1/leads/${leadId}/notes`,
      headers: asMember(session, session.organizationId),
      payload: { content },
    });
  const search = async (session: Session, q: string): Promise<CommunicationSearchHit[]> => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/communications/search?q=${encodeURIComponent(q)}`,
      headers: asMember(session, session.organizationId),
    });
    expect(res.statusCode).toBe(200);
    return res.json<{ items: CommunicationSearchHit[] }>().items;
  };

  it('stems Portuguese: "negociações" finds "negociação"; typing without accents works too', async () => {
    const lead = await createLead(t.app, admin, { name: 'Padaria Pão Quente' });
    await addNote(admin, lead.id, 'Começamos a negociação do contrato anual.');
    await addNote(admin, lead.id, 'Cliente pediu desconto no frete.');
    for (const q of ['negociações', 'negociacao', 'NEGOCIAÇÃO']) {
      const hits = await search(admin, q);
      expect(hits).toHaveLength(1);
      expect(hits[0]).toMatchObject({ lead: { id: lead.id, name: 'Padaria Pão Quente' } });
    }
    const [hit] = await search(admin, 'negociações');
    expect(hit?.snippet).toContain('<mark>negociação</mark>');
  });

  it('ranks better matches first and never passes HTML through in snippets', async () => {
    const lead = await createLead(t.app, admin);
    await addNote(admin, lead.id, 'proposta enviada');
    await addNote(admin, lead.id, 'proposta revisada: <b>proposta</b> final da proposta');
    const hits = await search(admin, 'proposta');
    expect(hits.length).toBeGreaterThanOrEqual(2);
    expect(hits[0]?.communication.content).toContain('revisada');
    expect(hits[0]?.snippet).not.toContain('<b>');
    expect(hits[0]?.snippet).toContain('<mark>proposta</mark>');
  });

  it("keeps other organisations' and other agents' leads out", async () => {
    const other = await register(t.app);
    const otherLead = await createLead(t.app, other, { assigned_user_id: other.user.id });
    await addNote(other, otherLead.id, 'palavrachaveunica do outro escritório');
    expect(await search(admin, 'palavrachaveunica')).toHaveLength(0);

    const agent = await addMember(t.app, other, 'agent');
    expect(
      await search({ ...agent, organizationId: other.organizationId }, 'palavrachaveunica'),
    ).toHaveLength(0);
    const assigned = await createLead(t.app, other, { assigned_user_id: agent.user.id });
    await addNote(other, assigned.id, 'palavrachaveunica do agente');
    const hits = await search(
      { ...agent, organizationId: other.organizationId },
      'palavrachaveunica',
    );
    expect(hits.map((h) => h.lead.id)).toEqual([assigned.id]);
  });

  it('answers 400 without a query', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v1/communications/search',
      headers: asMember(admin, admin.organizationId),
    });
    expect(res.statusCode).toBe(400);
  });
});
