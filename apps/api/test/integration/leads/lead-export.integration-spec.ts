import { Global, Module, type DynamicModule } from '@nestjs/common';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LeadImportResult, LeadResponse } from '@loved/shared';
import { LEAD_EXPORT_PAGE_SIZE } from '../../../src/modules/leads/lead-export.constant';
import { LeadExportService } from '../../../src/modules/leads/lead-export.service';
import { addMember, asMember, register, type Session } from '../../utils/identity.helpers';
import { createLead } from '../../utils/lead.helpers';
import { createTestApp, type TestApp } from '../../utils/test-app';

const PAGE_SIZE = 3;
const HEADER = 'nome;e-mail;telefone;etapa;valor;tags;origem;prioridade;responsavel;criado_em';
const BOUNDARY = '----loved-export-roundtrip';

/** Pages of three rows, so a handful of leads already spans several pages and transactions. */
@Global()
@Module({
  providers: [{ provide: LEAD_EXPORT_PAGE_SIZE, useValue: PAGE_SIZE }],
  exports: [LEAD_EXPORT_PAGE_SIZE],
})
class SmallExportPagesModule {}

const withSmallPages = (root: DynamicModule): DynamicModule => ({
  module: class SmallExportPagesRoot {},
  imports: [root, SmallExportPagesModule],
});

const byCreation = (a: LeadResponse, b: LeadResponse): number =>
  a.created_at === b.created_at ? (a.id < b.id ? -1 : 1) : a.created_at < b.created_at ? -1 : 1;

describe('lead export', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ wrapRootModule: withSmallPages });
  });
  afterAll(() => t.close());

  const exportCsv = (session: Session) =>
    t.app.inject({
      method: 'GET',
      url: '/api/v1/leads/export.csv',
      headers: asMember(session, session.organizationId),
    });

  /** The data lines of an export, without BOM, header or the final line end. */
  const dataLines = (body: string): string[] =>
    body
      .replace(/^\uFEFF/, '')
      .split('\r\n')
      .slice(1, -1);

  it('reads small pages in this suite', () => {
    expect((t.app.get(LeadExportService) as unknown as { pageSize: number }).pageSize).toBe(
      PAGE_SIZE,
    );
  });

  it('streams every lead an admin may see, oldest first, as an Excel-friendly CSV', async () => {
    const admin = await register(t.app);
    const other = await register(t.app);
    await createLead(t.app, other, { name: 'Lead de Outra Agência' });
    const created: LeadResponse[] = [];
    created.push(
      await createLead(t.app, admin, {
        name: 'Silva; Ana "Aninha"',
        email: 'ana@cliente.test',
        phone: '(11) 98765-4321',
        stage: 'negociacao',
        estimated_value: '1500.50',
        tags: ['vip', 'site'],
        source: 'Instagram',
        priority: 'high',
        assigned_user_id: admin.user.id,
      }),
    );
    for (let i = 1; i <= 6; i += 1)
      created.push(await createLead(t.app, admin, { name: `Lead ${i}` }));

    const res = await exportCsv(admin);

    // Not taken for `GET /leads/:id`: that route would answer JSON (or 400 for a non-UUID).
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="leads.csv"');
    expect([...res.rawPayload.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(res.body.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe(HEADER);
    const lines = dataLines(res.body);
    expect(lines).toHaveLength(7);
    expect(lines.map((line) => line.split(';')[0])).toEqual(
      [...created]
        .sort(byCreation)
        .map((lead) => (lead.name.startsWith('Silva') ? '"Silva' : lead.name)),
    );
    const first = created[0] as LeadResponse;
    expect(lines).toContain(
      `"Silva; Ana ""Aninha""";ana@cliente.test;+5511987654321;Negociação;1500,50;vip, site;Instagram;alta;${admin.user.name};${first.created_at}`,
    );
    expect(res.body).not.toContain('Outra Agência');
  });

  it('gives an agent only their own and the unassigned leads', async () => {
    const admin = await register(t.app);
    const agent = await addMember(t.app, admin, 'agent');
    const colleague = await addMember(t.app, admin, 'agent');
    await createLead(t.app, admin, { name: 'Do Admin', assigned_user_id: admin.user.id });
    await createLead(t.app, admin, { name: 'Do Colega', assigned_user_id: colleague.user.id });
    for (const name of ['Do Agente 1', 'Do Agente 2']) {
      await createLead(t.app, admin, { name, assigned_user_id: agent.user.id });
    }
    for (const name of ['Sem Dono 1', 'Sem Dono 2', 'Sem Dono 3']) {
      await createLead(t.app, admin, { name, assigned_user_id: null });
    }

    const res = await exportCsv({ ...agent, organizationId: admin.organizationId });

    expect(res.statusCode).toBe(200);
    const names = dataLines(res.body).map((line) => line.split(';')[0]);
    expect(names.sort()).toEqual([
      'Do Agente 1',
      'Do Agente 2',
      'Sem Dono 1',
      'Sem Dono 2',
      'Sem Dono 3',
    ]);
  });

  it('answers only the header for an organisation without leads', async () => {
    const admin = await register(t.app);

    const res = await exportCsv(admin);

    expect(res.statusCode).toBe(200);
    expect(res.body).toBe(`\uFEFF${HEADER}\r\n`);
  });

  it('writes a file the importer reads back into another organisation', async () => {
    const source = await register(t.app);
    const target = await register(t.app);
    await createLead(t.app, source, {
      name: 'Conceição; "Ceiça"',
      phone: '(31) 99812-3344',
      stage: 'proposta',
      estimated_value: '2500.00',
      tags: ['moda', 'e-commerce'],
      source: 'Indicação',
      priority: 'low',
    });
    await createLead(t.app, source, { name: 'João Araújo', stage: 'fechado' });
    const csv = (await exportCsv(source)).rawPayload;

    const imported = await t.app.inject({
      method: 'POST',
      url: '/api/v1/leads/import',
      headers: {
        ...asMember(target, target.organizationId),
        'content-type': `multipart/form-data; boundary=${BOUNDARY}`,
      },
      payload: Buffer.concat([
        Buffer.from(
          `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="leads.csv"\r\n\r\n`,
        ),
        csv,
        Buffer.from(`\r\n--${BOUNDARY}--\r\n`),
      ]),
    });

    expect(imported.json<LeadImportResult>()).toEqual({ imported: 2, skipped: 0, errors: [] });
    // Everything but who is responsible and when it was created (new to the target organisation).
    const comparable = (body: string): string[] =>
      dataLines(body)
        .map((line) => line.replace(/;[^;]*;[^;]*$/, ''))
        .sort();
    // One import is one transaction, so its leads share a creation time: compare as sets.
    expect(comparable((await exportCsv(target)).body)).toEqual(
      comparable((await exportCsv(source)).body),
    );
  });
});
