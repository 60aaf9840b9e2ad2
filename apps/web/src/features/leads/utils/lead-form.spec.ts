import { describe, expect, it } from 'vitest';
import { ptBR } from '@/lib/i18n/dictionary.pt-br';
import { translate } from '@/lib/i18n/translate';
import type { Translate } from '@/lib/i18n/translate';
import {
  EMPTY_LEAD_FORM,
  formErrorsFromApi,
  leadToFormValues,
  parseLeadForm,
  parseLeadUpdate,
} from '@/features/leads/utils/lead-form';
import { makeLead } from '@/testing/lead-factory';

const t: Translate = (key, params) => translate(ptBR, key, params);

describe('lead form', () => {
  it('converts the typed values for the API', () => {
    const parsed = parseLeadForm(
      { ...EMPTY_LEAD_FORM, name: ' Ana ', estimatedValue: '1.500,00', tags: 'site, b2b' },
      t,
    );

    expect(parsed).toEqual({
      ok: true,
      body: expect.objectContaining({
        name: 'Ana',
        email: null,
        estimated_value: '1500.00',
        tags: ['site', 'b2b'],
        assigned_user_id: null,
      }),
    });
  });

  it('asks for a name and a readable amount before calling the API', () => {
    const parsed = parseLeadForm({ ...EMPTY_LEAD_FORM, estimatedValue: 'muito' }, t);

    expect(parsed).toEqual({
      ok: false,
      errors: { name: 'Preencha este campo.', estimatedValue: 'Informe um valor como 1.500,00.' },
    });
  });

  it('sends only what changed, with the version it was read at', () => {
    const original = leadToFormValues(makeLead({ name: 'Ana', priority: 'low' }), 'pt-BR');

    const parsed = parseLeadUpdate({ ...original, priority: 'high' }, original, 3, t);

    expect(parsed).toEqual({ ok: true, body: { version: 3, priority: 'high' } });
  });

  it('puts the API field errors on the form fields', () => {
    expect(formErrorsFromApi({ estimated_value: 'x', assigned_user_id: 'y' })).toEqual({
      estimatedValue: 'x',
      assignedUserId: 'y',
    });
  });
});
