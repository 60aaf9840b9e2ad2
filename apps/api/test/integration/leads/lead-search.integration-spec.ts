import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LeadResponse, PipelineResponse } from '@loved/shared';
import { addMember, asMember, register, type Session } from '../../utils/identity.helpers';
import { createLead } from '../../utils/lead.helpers';
import { createTestApp, type TestApp } from '../../utils/test-app';

describe('listing and searching leads', () => {
  let t: TestApp;
  let admin: Session;
  let agent: Session;
  let joao: LeadResponse;
  let conceicao: LeadResponse;
  let maria: LeadResponse;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await register(t.app);
    agent = await addMember(t.app, admin, 'agent');
    joao = await createLead(t.app, admin, {
      name: 'João Araújo',
      email: 'joao@padaria.test',
      phone: '(31) 99123-4567',
      tags: ['vip', 'site'],
      priority: 'high',
      assigned_user_id: agent.user.id,
    });
    conceicao = await createLead(t.app, admin, {
      name: 'Conceição Lima',
      email: null,
      phone: null,
      tags: ['site'],
      stage: 'contato',
    });
    maria = await createLead(t.app, admin, {
      name: 'Maria Souza',
      email: 'maria@loja.test',
      phone: null,
      tags: [],
    });
  });
  afterAll(() => t.close());

  const ids = async (query: string): Promise<string[]> => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/leads?${query}`,
      headers: asMember(admin, admin.organizationId),
    });
    expect(res.statusCode).toBe(200);
    return res.json<{ items: LeadResponse[] }>().items.map((l) => l.id);
  };

  it('finds names without accents and in any case', async () => {
    expect(await ids('q=joao')).toEqual([joao.id]);
    expect(await ids('q=CONCEICAO')).toEqual([conceicao.id]);
    expect(await ids('q=araujo')).toEqual([joao.id]);
  });

  it('finds by e-mail and phone digits', async () => {
    expect(await ids('q=loja.test')).toEqual([maria.id]);
    expect(await ids('q=991234')).toEqual([joao.id]);
  });

  it('filters by stage, tag, priority and assignee', async () => {
    expect(await ids('stage=contato')).toEqual([conceicao.id]);
    expect((await ids('tag=site')).sort()).toEqual([joao.id, conceicao.id].sort());
    expect(await ids('priority=high')).toEqual([joao.id]);
    expect(await ids(`assigned_user_id=${agent.user.id}`)).toEqual([joao.id]);
    expect((await ids('assigned_user_id=none')).sort()).toEqual([conceicao.id, maria.id].sort());
    const mine = await t.app.inject({
      method: 'GET',
      url: '/api/v1/leads?assigned_user_id=me',
      headers: asMember(agent, admin.organizationId),
    });
    expect(mine.json<{ items: LeadResponse[] }>().items.map((l) => l.id)).toEqual([joao.id]);
  });

  it('sorts and pages every lead exactly once', async () => {
    expect(await ids('sort=name')).toEqual([conceicao.id, joao.id, maria.id]);
    type Page = { items: LeadResponse[]; next_cursor: string | null };
    const fetchPage = async (cursor: string | null): Promise<Page> =>
      (
        await t.app.inject({
          method: 'GET',
          url: `/api/v1/leads?limit=1${cursor ? `&cursor=${cursor}` : ''}`,
          headers: asMember(admin, admin.organizationId),
        })
      ).json<Page>();
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Page = await fetchPage(cursor);
      seen.push(...page.items.map((l) => l.id));
      cursor = page.next_cursor;
    } while (cursor);
    expect(seen).toEqual([maria.id, conceicao.id, joao.id]);
  });

  it('applies the same filters to the board, with exact counts', async () => {
    const board = async (
      query: string,
    ): Promise<Record<string, { count: number; ids: string[] }>> => {
      const res = await t.app.inject({
        method: 'GET',
        url: `/api/v1/pipeline?${query}`,
        headers: asMember(admin, admin.organizationId),
      });
      expect(res.statusCode).toBe(200);
      const columns = res.json<PipelineResponse>().columns;
      return Object.fromEntries(
        columns.map((c) => [c.stage, { count: c.count, ids: c.items.map((i) => i.id) }]),
      );
    };
    const bySite = await board('tag=site');
    expect(bySite.lead).toEqual({ count: 1, ids: [joao.id] });
    expect(bySite.contato).toEqual({ count: 1, ids: [conceicao.id] });
    const byName = await board('q=joao');
    expect(byName.lead).toEqual({ count: 1, ids: [joao.id] });
    expect(byName.contato).toEqual({ count: 0, ids: [] });
    const unassigned = await board('assigned_user_id=none');
    expect(unassigned.lead?.ids.sort()).toEqual([maria.id]);
    expect((await board('')).lead?.count).toBe(2);
  });

  it('answers 400 for unknown filters and values', async () => {
    const bad = async (query: string): Promise<number> =>
      (
        await t.app.inject({
          method: 'GET',
          url: `/api/v1/leads?${query}`,
          headers: asMember(admin, admin.organizationId),
        })
      ).statusCode;
    expect(await bad('stage=ganho')).toBe(400);
    expect(await bad('assigned_user_id=someone')).toBe(400);
    expect(await bad('sort=email')).toBe(400);
    expect(await bad('color=red')).toBe(400);
  });
});
