import type { WhatsAppTemplate } from '@loved/shared';
import { describe, expect, it } from 'vitest';
import {
  fillTemplateText,
  hasMediaHeader,
  templateComponentsFor,
  templateSlotsOf,
} from '@/features/whatsapp/utils/template-parameters';

function makeTemplate(components: WhatsAppTemplate['components']): WhatsAppTemplate {
  return {
    name: 'retomada',
    language: 'pt_BR',
    category: 'MARKETING',
    status: 'APPROVED',
    components,
  };
}

describe('template parameters', () => {
  const followUp = makeTemplate([
    { type: 'HEADER', format: 'TEXT', text: 'Olá, {{1}}' },
    { type: 'BODY', text: 'Sua proposta de {{2}} vence em {{1}}. Posso ajudar, {{1}}?' },
    { type: 'FOOTER', text: 'Agência' },
  ]);

  it('lists header and body variables once each, numbered ones in order', () => {
    expect(templateSlotsOf(followUp)).toEqual([
      { component: 'header', name: '1' },
      { component: 'body', name: '1' },
      { component: 'body', name: '2' },
    ]);
  });

  it('builds the components Meta expects, one parameter per variable', () => {
    const components = templateComponentsFor(followUp, {
      'header:1': 'Ana',
      'body:1': 'sexta',
      'body:2': ' site ',
    });

    expect(components).toEqual([
      { type: 'header', parameters: [{ type: 'text', text: 'Ana' }] },
      {
        type: 'body',
        parameters: [
          { type: 'text', text: 'sexta' },
          { type: 'text', text: 'site' },
        ],
      },
    ]);
  });

  it('names the parameters of a template with named variables', () => {
    const named = makeTemplate([{ type: 'BODY', text: 'Oi {{first_name}}!' }]);

    expect(templateComponentsFor(named, { 'body:first_name': 'Ana' })).toEqual([
      { type: 'body', parameters: [{ type: 'text', parameter_name: 'first_name', text: 'Ana' }] },
    ]);
  });

  it('sends no components for a template without variables', () => {
    expect(templateComponentsFor(makeTemplate([{ type: 'BODY', text: 'Oi!' }]), {})).toBe(
      undefined,
    );
  });

  it('fills the preview and keeps unfilled placeholders visible', () => {
    expect(fillTemplateText('Vence em {{1}}, {{2}}', 'body', { 'body:1': 'sexta' })).toBe(
      'Vence em sexta, {{2}}',
    );
  });

  it('spots a header that needs media', () => {
    expect(hasMediaHeader(makeTemplate([{ type: 'HEADER', format: 'IMAGE' }]))).toBe(true);
    expect(hasMediaHeader(followUp)).toBe(false);
  });
});
