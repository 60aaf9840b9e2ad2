import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AiSummaryResponse, LeadResponse, ListEnvelope } from '@loved/shared';
import { addMember, register, type Session } from '../../utils/identity.helpers';
import { createLead } from '../../utils/lead.helpers';
import { createTestApp, type TestApp } from '../../utils/test-app';
import {
  getSummary,
  listSummaries,
  requestSummary,
  summarise,
  waitForSummary,
} from './ai-summary.helpers';

const idsOf = (body: ListEnvelope<AiSummaryResponse>): string[] => body.items.map((s) => s.id);

describe('who reaches which AI summaries', () => {
  let t: TestApp;
  let a: Session;
  let b: Session;
  let agent: Session;
  let colleague: Session;
  let aLead: LeadResponse;
  let aSummary: AiSummaryResponse;

  beforeAll(async () => {
    t = await createTestApp();
    a = await register(t.app);
    b = await register(t.app);
    agent = await addMember(t.app, a, 'agent');
    colleague = await addMember(t.app, a, 'agent');
    aLead = await createLead(t.app, a);
    aSummary = await summarise(t.app, a, aLead.id);
  });
  afterAll(() => t.close());

  it("answers 404 to another organisation for the lead, the summary and the lead's list", async () => {
    const post = await requestSummary(t.app, b, aLead.id);
    expect(post.statusCode).toBe(404);
    expect(post.json().code).toBe('LEAD_NOT_FOUND');
    const get = await getSummary(t.app, b, aSummary.id);
    expect(get.statusCode).toBe(404);
    expect(get.json().code).toBe('AI_SUMMARY_NOT_FOUND');
    expect((await listSummaries(t.app, b, `?lead_id=${aLead.id}`)).statusCode).toBe(404);
  });

  it("never shows another organisation's summaries in its list", async () => {
    const bLead = await createLead(t.app, b);
    const bSummary = await summarise(t.app, b, bLead.id);
    const list = await listSummaries(t.app, b);
    expect(list.statusCode).toBe(200);
    expect(idsOf(list.json())).toEqual([bSummary.id]);
    expect(list.body).not.toContain(aLead.id);
    expect(list.body).not.toContain(a.organizationId);
  });

  it('shows agents the summaries of their own and unassigned leads only', async () => {
    const own = await createLead(t.app, a, { assigned_user_id: agent.user.id });
    const others = await createLead(t.app, a, { assigned_user_id: colleague.user.id });
    const ownSummary = await summarise(t.app, agent, own.id);
    const othersSummary = await summarise(t.app, a, others.id);

    const seen = idsOf((await listSummaries(t.app, agent, '?limit=100')).json());
    expect(seen).toEqual(expect.arrayContaining([ownSummary.id, aSummary.id]));
    expect(seen).not.toContain(othersSummary.id);
    expect((await getSummary(t.app, agent, othersSummary.id)).statusCode).toBe(404);
    expect((await getSummary(t.app, agent, ownSummary.id)).statusCode).toBe(200);
    expect((await requestSummary(t.app, agent, others.id)).statusCode).toBe(404);
    expect((await listSummaries(t.app, agent, `?lead_id=${others.id}`)).statusCode).toBe(404);

    const managerView = idsOf((await listSummaries(t.app, a, '?limit=100')).json());
    expect(managerView).toEqual(expect.arrayContaining([ownSummary.id, othersSummary.id]));
  });

  it('pages the list newest first with an opaque cursor', async () => {
    const lead = await createLead(t.app, a);
    const made: string[] = [];
    for (let i = 0; i < 3; i += 1) made.push((await summarise(t.app, a, lead.id)).id);
    const first = await listSummaries(t.app, a, `?lead_id=${lead.id}&limit=2`);
    const page1 = first.json<ListEnvelope<AiSummaryResponse>>();
    expect(idsOf(page1)).toEqual([made[2], made[1]]);
    expect(page1.next_cursor).toEqual(expect.any(String));
    const second = await listSummaries(
      t.app,
      a,
      `?lead_id=${lead.id}&limit=2&cursor=${encodeURIComponent(page1.next_cursor ?? '')}`,
    );
    const page2 = second.json<ListEnvelope<AiSummaryResponse>>();
    expect(idsOf(page2)).toEqual([made[0]]);
    expect(page2.next_cursor).toBeNull();
    const tampered = await listSummaries(t.app, a, '?cursor=bm90LWEtY3Vyc29y');
    expect(tampered.statusCode).toBe(400);
  });

  it('validates its inputs', async () => {
    expect((await requestSummary(t.app, a, 'not-a-uuid')).statusCode).toBe(400);
    expect((await getSummary(t.app, a, 'not-a-uuid')).statusCode).toBe(400);
    expect((await listSummaries(t.app, a, '?lead_id=nope')).statusCode).toBe(400);
    expect((await listSummaries(t.app, a, '?limit=1000')).statusCode).toBe(400);
    const pending = await requestSummary(t.app, a, aLead.id);
    await waitForSummary(t.app, a, pending.json<AiSummaryResponse>().id);
  });
});
