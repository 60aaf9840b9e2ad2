import { describe, expect, it } from 'vitest';
import { mapLeadColumns, normalizeCsvToken } from './csv-lead-columns.util';

describe('mapLeadColumns', () => {
  it('maps Portuguese headers regardless of case, accents and spaces', () => {
    const columns = mapLeadColumns([
      ' Nome ',
      'E-mail',
      'Telefone',
      'Etapa',
      'Valor',
      'Etiquetas',
      'Origem',
      'Prioridade',
    ]);
    expect(columns).toEqual({
      name: [0],
      email: [1],
      phone: [2],
      stage: [3],
      value: [4],
      tags: [5],
      source: [6],
      priority: [7],
    });
  });

  it('maps English headers, including estimated_value', () => {
    const columns = mapLeadColumns([
      'NAME',
      'email',
      'phone',
      'stage',
      'estimated_value',
      'tags',
      'source',
      'priority',
    ]);
    expect(columns.name).toEqual([0]);
    expect(columns.value).toEqual([4]);
    expect(columns.priority).toEqual([7]);
  });

  it('accepts celular and whatsapp as phone columns, in file order', () => {
    expect(mapLeadColumns(['nome', 'Celular', 'WhatsApp']).phone).toEqual([1, 2]);
  });

  it('ignores unknown columns and reports no name column when there is none', () => {
    const columns = mapLeadColumns(['empresa', 'cargo', 'email']);
    expect(columns.name).toEqual([]);
    expect(columns.email).toEqual([2]);
  });

  it('normalises tokens to unaccented lower-case letters and digits', () => {
    expect(normalizeCsvToken(' Negociação ')).toBe('negociacao');
    expect(normalizeCsvToken('Valor Estimado (R$)')).toBe('valorestimador');
    expect(normalizeCsvToken('MÉDIA')).toBe('media');
  });
});
