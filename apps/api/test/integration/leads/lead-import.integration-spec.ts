import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LeadImportResult, LeadResponse, ListEnvelope } from '@loved/shared';
import { addMember, asMember, register, type Session } from '../../utils/identity.helpers';
import { createLead } from '../../utils/lead.helpers';
import { createTestApp, type TestApp } from '../../utils/test-app';

const BOUNDARY = '----loved-import-boundary-7MA4YWxkTrZu0gW';

/** A multipart/form-data body with one file part, built by hand as a browser would send it. */
function multipart(file: Buffer, field = 'file'): Buffer {
  return Buffer.concat([
    Buffer.from(
      `--${BOUNDARY}\r\n` +
        `Content-Disposition: form-data; name="${field}"; filename="leads.csv"\r\n` +
        'Content-Type: text/csv\r\n\r\n',
    ),
    file,
    Buffer.from(`\r\n--${BOUNDARY}--\r\n`),
  ]);
}

type Problem = { status: number; code: string; detail: string };

describe('lead import', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const upload = (session: Session, body: Buffer, organizationId = session.organizationId) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/leads/import',
      headers: {
        ...asMember(session, organizationId),
        'content-type': `multipart/form-data; boundary=${BOUNDARY}`,
      },
      payload: body,
    });

  const listLeads = async (
    session: Session,
    organizationId = session.organizationId,
  ): Promise<LeadResponse[]> => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v1/leads?limit=100&sort=name',
      headers: asMember(session, organizationId),
    });
    expect(res.statusCode).toBe(200);
    return res.json<ListEnvelope<LeadResponse>>().items;
  };

  it('imports the good rows of a mixed file and reports each bad row by its line', async () => {
    const admin = await register(t.app);
    const existing = await createLead(t.app, admin, {
      name: 'Elisa Ramos',
      email: 'elisa@cliente.test',
    });
    const csv = [
      'nome,email,telefone,etapa,valor,tags,origem,prioridade',
      'Ana Souza,ana@cliente.test,(11) 98765-0001,Proposta,"R$ 1.500,50","vip,site",Instagram,alta',
      ',semnome@cliente.test,,,,,,',
      'Bruno Lima,,12,,,,,',
      'Carla Dias,,,ganho,,,,',
      'Diego Alves,,,,muito,,,',
      'Elisa R.,ELISA@cliente.test,,,,,,',
      '"Silva, Fábio ""Fabinho""",fabio@cliente.test,21 99876-0002,negociacao,2500,,Google Ads,baixa',
      '',
      'Ana de Novo,,11 98765-0001,,,,,',
      '',
    ].join('\n');

    const res = await upload(admin, multipart(Buffer.from(csv, 'utf8')));

    expect(res.statusCode).toBe(200);
    const result = res.json<LeadImportResult>();
    expect(result.imported).toBe(2);
    expect(result.skipped).toBe(2);
    expect(result.errors.map((e) => e.row)).toEqual([3, 4, 5, 6, 7, 10]);
    expect(result.errors[0]?.message).toBe('nome obrigatório');
    expect(result.errors[1]?.message).toMatch(/^telefone inválido: "12"/);
    expect(result.errors[2]?.message).toMatch(/^etapa desconhecida: "ganho"/);
    expect(result.errors[3]?.message).toMatch(/^valor inválido: "muito"/);
    expect(result.errors[4]?.message).toBe(`duplicado: ${existing.name}`);
    expect(result.errors[5]?.message).toBe('duplicado: Ana Souza');

    const leads = await listLeads(admin);
    expect(leads.map((lead) => lead.name).sort()).toEqual([
      'Ana Souza',
      'Elisa Ramos',
      'Silva, Fábio "Fabinho"',
    ]);
    expect(leads.find((lead) => lead.name === 'Ana Souza')).toMatchObject({
      email: 'ana@cliente.test',
      phone: '+5511987650001',
      stage: 'proposta',
      estimated_value: '1500.50',
      tags: ['vip', 'site'],
      source: 'Instagram',
      priority: 'high',
      assigned_user_id: null,
    });
    expect(leads.find((lead) => lead.name.startsWith('Silva'))).toMatchObject({
      phone: '+5521998760002',
      stage: 'negociacao',
      estimated_value: '2500.00',
      priority: 'low',
    });
  });

  it('imports a Latin-1, semicolon-separated file with Portuguese headers, accents intact', async () => {
    const admin = await register(t.app);
    const csv =
      'Nome;E-mail;Celular;Etapa;Valor Estimado;Etiquetas;Origem;Prioridade\r\n' +
      'João Araújo;joao@cliente.test;(31) 99812-0003;Negociação;1.200,00;indicação|vip;Indicação;média\r\n' +
      'Conceição Lima;conceicao@cliente.test;;Contato;;;Site;Baixa\r\n';
    const bytes = Buffer.from(csv, 'latin1');
    expect(bytes.includes(Buffer.from('ã', 'utf8'))).toBe(false);

    const res = await upload(admin, multipart(bytes));

    expect(res.statusCode).toBe(200);
    expect(res.json<LeadImportResult>()).toEqual({ imported: 2, skipped: 0, errors: [] });
    const leads = await listLeads(admin);
    expect(leads.map((lead) => lead.name)).toEqual(['Conceição Lima', 'João Araújo']);
    expect(leads[1]).toMatchObject({
      stage: 'negociacao',
      estimated_value: '1200.00',
      tags: ['indicação', 'vip'],
      source: 'Indicação',
      priority: 'medium',
    });
    expect(leads[0]).toMatchObject({ stage: 'contato', source: 'Site', priority: 'low' });
  });

  it('keeps importing after a row the database refuses, inside the same transaction', async () => {
    const admin = await register(t.app);
    // PostgreSQL refuses a NUL character in text: a database error, not a validation one.
    const csv = 'nome\nAntes\nCom\u0000Nulo\nDepois\n';

    const res = await upload(admin, multipart(Buffer.from(csv, 'utf8')));

    expect(res.statusCode).toBe(200);
    const result = res.json<LeadImportResult>();
    expect(result).toMatchObject({ imported: 2, skipped: 0 });
    expect(result.errors).toEqual([
      { row: 3, message: expect.stringMatching(/não foi possível gravar/) },
    ]);
    expect((await listLeads(admin)).map((lead) => lead.name)).toEqual(['Antes', 'Depois']);
    const failure = t.logs.find(
      (l) => l.context === 'LeadImportService' && l.orgId === admin.organizationId,
    );
    expect(failure?.row).toBe(3);
    expect((failure?.err as { type?: string } | undefined)?.type).toBe('QueryFailedError');
  });

  it('refuses a request without a file with a 400 problem', async () => {
    const admin = await register(t.app);
    const body = Buffer.from(
      `--${BOUNDARY}\r\nContent-Disposition: form-data; name="note"\r\n\r\nsem arquivo\r\n--${BOUNDARY}--\r\n`,
    );

    const res = await upload(admin, body);

    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.json<Problem>()).toMatchObject({ status: 400, code: 'LEAD_IMPORT_FILE_MISSING' });
  });

  it('refuses a JSON body with a 415 problem', async () => {
    const admin = await register(t.app);

    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/leads/import',
      headers: asMember(admin, admin.organizationId),
      payload: { file: 'nome\nAna' },
    });

    expect(res.statusCode).toBe(415);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.json<Problem>()).toMatchObject({ code: 'LEAD_IMPORT_NOT_MULTIPART' });
  });

  it('refuses a file without a name column, saying which columns it found', async () => {
    const admin = await register(t.app);

    const res = await upload(admin, multipart(Buffer.from('empresa;email\nACME;a@cliente.test\n')));

    expect(res.statusCode).toBe(400);
    const problem = res.json<Problem>();
    expect(problem.code).toBe('LEAD_IMPORT_NO_NAME_COLUMN');
    expect(problem.detail).toContain('"nome"');
    expect(problem.detail).toContain('empresa, email');
  });

  it('refuses a file over 5 MB with a 413 problem', async () => {
    const admin = await register(t.app);
    const big = Buffer.concat([Buffer.from('nome\n'), Buffer.alloc(5 * 1024 * 1024, 'a')]);

    const res = await upload(admin, multipart(big));

    expect(res.statusCode).toBe(413);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.json<Problem>()).toMatchObject({ status: 413, code: 'LEAD_IMPORT_FILE_TOO_LARGE' });
    expect(res.json<Problem>().detail).toContain('5 MB');
  });

  it('refuses a file over 5 MB sent over a real connection, never importing a cut file', async () => {
    const admin = await register(t.app);
    await t.app.listen(0, '127.0.0.1');
    const { port } = t.app.getHttpServer().address() as { port: number };
    const form = new FormData();
    form.append('file', new Blob([`nome\n${'Lead\n'.repeat(1_300_000)}`]), 'leads.csv');

    const res = await fetch(`http://127.0.0.1:${port}/api/v1/leads/import`, {
      method: 'POST',
      headers: asMember(admin, admin.organizationId),
      body: form,
    });

    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ code: 'LEAD_IMPORT_FILE_TOO_LARGE' });
    expect(await listLeads(admin)).toEqual([]);
  });

  it('refuses more than 5000 data rows before importing any', async () => {
    const admin = await register(t.app);
    const csv = `nome\n${Array.from({ length: 5001 }, (_, i) => `Lead ${i}`).join('\n')}\n`;

    const res = await upload(admin, multipart(Buffer.from(csv)));

    expect(res.statusCode).toBe(400);
    expect(res.json<Problem>()).toMatchObject({ code: 'LEAD_IMPORT_TOO_MANY_ROWS' });
    expect(res.json<Problem>().detail).toContain('5000');
    expect(await listLeads(admin)).toEqual([]);
  });

  it("never shows an organisation's imported leads to another organisation", async () => {
    const a = await register(t.app);
    const b = await register(t.app);

    const res = await upload(a, multipart(Buffer.from('nome\nSegredo da Agência A\n')));
    expect(res.json<LeadImportResult>().imported).toBe(1);

    expect(await listLeads(b)).toEqual([]);
    const forbidden = await upload(b, multipart(Buffer.from('nome\nIntruso\n')), a.organizationId);
    expect(forbidden.statusCode).toBe(403);
    expect((await listLeads(a)).map((lead) => lead.name)).toEqual(['Segredo da Agência A']);
  });

  it("gives an agent's imported leads to the agent, who can see them", async () => {
    const admin = await register(t.app);
    const agent = await addMember(t.app, admin, 'agent');

    const res = await upload(
      agent,
      multipart(Buffer.from('name,phone\nLead do Agente,11 97777-0004\n')),
    );

    expect(res.json<LeadImportResult>()).toEqual({ imported: 1, skipped: 0, errors: [] });
    const seen = await listLeads(agent);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ name: 'Lead do Agente', assigned_user_id: agent.user.id });
  });
});
