import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommunicationSearchHit } from '@loved/shared';
import { addMember, asMember, register, type Session } from '../../utils/identity.helpers';
import { createLead } from '../../utils/lead.helpers';
import { createTestApp, type TestApp } from '../../utils/test-app';

describe('communication search scope through the definer function', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const addNote = async (session: Session, leadId: string, content: string): Promise<string> => {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/leads/${leadId}/notes`,
      headers: asMember(session, session.organizationId),
      payload: { content },
    });
    expect(res.statusCode).toBe(201);
    return res.json<{ id: string }>().id;
  };
  const search = async (session: Session, organizationId: string, q: string): Promise<string[]> => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/communications/search?q=${encodeURIComponent(q)}`,
      headers: asMember(session, organizationId),
    });
    expect(res.statusCode).toBe(200);
    return res
      .json<{ items: CommunicationSearchHit[] }>()
      .items.map((hit) => hit.communication.id)
      .sort();
  };

  it('answers each organisation with its own messages when both hold the same words', async () => {
    const a = await register(t.app);
    const b = await register(t.app);
    const mine = await addNote(a, (await createLead(t.app, a)).id, 'orçamento da jabuticaba');
    const theirs = await addNote(b, (await createLead(t.app, b)).id, 'orçamento da jabuticaba');
    expect(await search(a, a.organizationId, 'jabuticaba orçamento')).toEqual([mine]);
    expect(await search(b, b.organizationId, 'jabuticaba orcamento')).toEqual([theirs]);
  });

  it("shows an agent the messages of their leads and unassigned ones, not a colleague's", async () => {
    const admin = await register(t.app);
    const agent = await addMember(t.app, admin, 'agent');
    const colleague = await addMember(t.app, admin, 'agent');
    const own = await createLead(t.app, admin, { assigned_user_id: agent.user.id });
    const unassigned = await createLead(t.app, admin, { assigned_user_id: null });
    const others = await createLead(t.app, admin, { assigned_user_id: colleague.user.id });
    const ownNote = await addNote(admin, own.id, 'visita técnica marcada');
    const openNote = await addNote(admin, unassigned.id, 'visita técnica pedida');
    const otherNote = await addNote(admin, others.id, 'visita técnica cancelada');
    expect(await search(agent, admin.organizationId, 'visita tecnica')).toEqual(
      [ownNote, openNote].sort(),
    );
    expect(await search(admin, admin.organizationId, 'visita tecnica')).toEqual(
      [ownNote, openNote, otherNote].sort(),
    );
  });
});
