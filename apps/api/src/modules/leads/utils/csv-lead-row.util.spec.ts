import { describe, expect, it } from 'vitest';
import { mapLeadColumns } from './csv-lead-columns.util';
import { splitTags, toLeadCsvRow } from './csv-lead-row.util';

const HEADER = ['nome', 'email', 'telefone', 'etapa', 'valor', 'tags', 'origem', 'prioridade'];
const columns = mapLeadColumns(HEADER);

const row = (values: Partial<Record<(typeof HEADER)[number], string>>): string[] =>
  HEADER.map((title) => values[title] ?? '');

describe('toLeadCsvRow', () => {
  it('maps a complete row to a lead', () => {
    expect(
      toLeadCsvRow(
        row({
          nome: ' João Silva ',
          email: 'joao@x.com.br',
          telefone: '(11) 98765-4321',
          etapa: 'Negociação',
          valor: 'R$ 1.500,50',
          tags: 'vip; site | vip',
          origem: 'Instagram',
          prioridade: 'Alta',
        }),
        columns,
      ),
    ).toEqual({
      ok: true,
      input: {
        name: 'João Silva',
        email: 'joao@x.com.br',
        phone: '(11) 98765-4321',
        stage: 'negociacao',
        estimated_value_cents: 150050,
        tags: ['vip', 'site'],
        source: 'Instagram',
        priority: 'high',
      },
    });
  });

  it('leaves empty cells out so the usual defaults apply', () => {
    expect(toLeadCsvRow(row({ nome: 'Ana' }), columns)).toEqual({
      ok: true,
      input: { name: 'Ana' },
    });
  });

  it.each([
    ['lead', 'lead'],
    ['CONTATO', 'contato'],
    ['Proposta', 'proposta'],
    ['negociacao', 'negociacao'],
    ['Negociação', 'negociacao'],
    ['fechado', 'fechado'],
    ['Closed', 'fechado'],
  ])('reads the stage %s as %s', (text, stage) => {
    expect(toLeadCsvRow(row({ nome: 'Ana', etapa: text }), columns)).toMatchObject({
      ok: true,
      input: { stage },
    });
  });

  it.each([
    ['alta', 'high'],
    ['Média', 'medium'],
    ['media', 'medium'],
    ['BAIXA', 'low'],
    ['high', 'high'],
    ['Medium', 'medium'],
    ['low', 'low'],
  ])('reads the priority %s as %s', (text, priority) => {
    expect(toLeadCsvRow(row({ nome: 'Ana', prioridade: text }), columns)).toMatchObject({
      ok: true,
      input: { priority },
    });
  });

  it.each([
    ['R$ 1.500,50', 150050],
    ['1.500,50', 150050],
    ['1500.50', 150050],
    ['1500', 150000],
    ['0,99', 99],
  ])('reads the amount %s as %i cents', (text, cents) => {
    expect(toLeadCsvRow(row({ nome: 'Ana', valor: text }), columns)).toMatchObject({
      ok: true,
      input: { estimated_value_cents: cents },
    });
  });

  it('requires a name', () => {
    expect(toLeadCsvRow(row({ email: 'a@x.com' }), columns)).toEqual({
      ok: false,
      errors: ['nome obrigatório'],
    });
  });

  it('reports every bad cell of a row, quoting the value', () => {
    const result = toLeadCsvRow(
      row({
        nome: 'Ana',
        email: 'nope',
        telefone: '12',
        etapa: 'ganho',
        valor: 'muito',
        prioridade: 'urgente',
      }),
      columns,
    );
    expect(result.ok).toBe(false);
    const errors = result.ok ? [] : result.errors;
    expect(errors).toHaveLength(5);
    expect(errors[0]).toBe('e-mail inválido: "nope"');
    expect(errors[1]).toMatch(/^telefone inválido: "12"/);
    expect(errors[2]).toMatch(/^etapa desconhecida: "ganho"/);
    expect(errors[3]).toMatch(/^valor inválido: "muito"/);
    expect(errors[4]).toMatch(/^prioridade desconhecida: "urgente"/);
  });

  it('refuses a name longer than the API allows', () => {
    expect(toLeadCsvRow(row({ nome: 'x'.repeat(201) }), columns)).toMatchObject({ ok: false });
  });

  it('takes the first non-empty of several phone columns', () => {
    const header = mapLeadColumns(['nome', 'telefone', 'celular']);
    expect(toLeadCsvRow(['Ana', ' ', '21 99876-5432'], header)).toMatchObject({
      ok: true,
      input: { phone: '21 99876-5432' },
    });
  });
});

describe('splitTags', () => {
  it('splits on comma, semicolon and pipe, trimming and dropping repeats and blanks', () => {
    expect(splitTags(' vip, site;;indicação | vip ')).toEqual(['vip', 'site', 'indicação']);
  });
});
