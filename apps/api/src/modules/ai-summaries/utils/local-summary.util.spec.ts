import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { CommunicationResponse } from '@loved/shared';
import {
  LOCAL_MAX_CONFIDENCE,
  summariseLocally,
  type LocalSummaryInput,
} from './local-summary.util';

const NOW = new Date('2026-12-04T15:00:00.000Z');

function at(daysAgo: number, minutes = 0): string {
  return new Date(NOW.getTime() - daysAgo * 86_400_000 + minutes * 60_000).toISOString();
}

function communication(
  sentAt: string,
  overrides: Partial<CommunicationResponse> = {},
): CommunicationResponse {
  return {
    id: randomUUID(),
    organization_id: randomUUID(),
    lead_id: randomUUID(),
    channel: 'whatsapp',
    direction: 'inbound',
    content: '',
    subject: null,
    metadata: {},
    attachments: [],
    external_id: null,
    status: 'delivered',
    author_user_id: null,
    author_api_key_id: null,
    sent_at: sentAt,
    created_at: sentAt,
    updated_at: sentAt,
    ...overrides,
  };
}

const summarise = (communications: CommunicationResponse[]) =>
  summariseLocally({
    lead: { name: 'Padaria Estrela', stage: 'proposta' },
    communications,
    now: NOW,
  } satisfies LocalSummaryInput);

describe('summariseLocally', () => {
  it('summarises in pt-BR with counts, dates and the most informative messages', () => {
    const draft = summarise([
      communication(at(3), { content: 'Oi! Vi o anúncio de vocês no Instagram.' }),
      communication(at(3, 5), {
        direction: 'outbound',
        content: 'Olá! Podemos montar um plano de redes sociais para a padaria.',
      }),
      communication(at(2), {
        channel: 'voip',
        direction: 'outbound',
        content: 'Conversamos sobre valores e prazo de entrega',
        metadata: { duration_seconds: 300, call_status: 'completed' },
      }),
      communication(at(1), { channel: 'note', direction: 'internal', content: 'ok' }),
      communication(at(0, -30), {
        content: 'Adorei! Qual o prazo para começar se fecharmos o orçamento de R$ 1.800?',
      }),
    ]);
    expect(draft.summary).toMatch(/^Padaria Estrela \(etapa Proposta\): 5 interações entre/);
    expect(draft.summary).toContain('3 mensagens de WhatsApp, 1 ligação e 1 nota interna');
    expect(draft.summary).toContain('Adorei! Qual o prazo para começar');
    expect(draft.summary).toContain('Tom do cliente: positivo.');
    expect(draft.sentiment).toBe('positive');
    expect(draft.next_actions[0]).toBe(
      'Responder à pergunta do cliente: "Qual o prazo para começar se fecharmos o orçamento de R$ 1.800?"',
    );
    expect(draft.next_actions).toContain('Enviar a proposta/orçamento solicitado');
    expect(draft.confidence).toBeGreaterThan(0);
    expect(draft.confidence).toBeLessThanOrEqual(LOCAL_MAX_CONFIDENCE);
  });

  it('suggests following up a proposal that was sent', () => {
    const draft = summarise([
      communication(at(1), {
        channel: 'email',
        direction: 'outbound',
        subject: 'Proposta comercial',
        content: 'Segue a proposta em anexo.',
      }),
    ]);
    expect(draft.next_actions).toContain('Acompanhar a proposta enviada e tirar dúvidas');
  });

  it('suggests returning a missed call and resuming a conversation gone quiet', () => {
    const draft = summarise([
      communication(at(12), { content: 'Vou pensar e te aviso.' }),
      communication(at(10), {
        channel: 'voip',
        direction: 'inbound',
        metadata: { duration_seconds: 0, call_status: 'missed' },
      }),
    ]);
    expect(draft.next_actions[0]).toMatch(/^Retornar a ligação perdida do cliente/);
    expect(draft.next_actions).toContain('Retomar contato: sem interação há 10 dias');
  });

  it('answers a missed call once the team called back', () => {
    const draft = summarise([
      communication(at(2), {
        channel: 'voip',
        direction: 'inbound',
        metadata: { duration_seconds: 0, call_status: 'no_answer' },
      }),
      communication(at(1), { direction: 'outbound', content: 'Te liguei de volta, pode falar?' }),
    ]);
    expect(draft.next_actions.join(' ')).not.toMatch(/ligação/i);
  });

  it('reads an unhappy customer as negative and suggests handling the objections', () => {
    const draft = summarise([
      communication(at(1), { content: 'Achei muito caro e o atendimento demorou demais.' }),
      communication(at(0, -10), { content: 'Não tenho interesse por enquanto.' }),
    ]);
    expect(draft.sentiment).toBe('negative');
    expect(draft.next_actions).toContain('Tratar as objeções do cliente antes de avançar');
    expect(draft.next_actions).toContain('Responder à última mensagem do cliente');
  });

  it('says there is nothing yet for a lead without communications', () => {
    const draft = summarise([]);
    expect(draft).toEqual({
      summary: 'Ainda não há interações registradas com Padaria Estrela (etapa Proposta).',
      sentiment: 'neutral',
      next_actions: ['Fazer o primeiro contato com o lead'],
      confidence: 0.15,
    });
  });

  it('never suggests more than five actions', () => {
    const draft = summarise([
      communication(at(20), { content: 'Quero um orçamento. Podemos marcar uma reunião?' }),
      communication(at(19), {
        channel: 'voip',
        direction: 'inbound',
        metadata: { call_status: 'missed', duration_seconds: 0 },
      }),
      communication(at(18), { content: 'Que absurdo, ninguém responde, vou cancelar?' }),
    ]);
    expect(draft.next_actions.length).toBeLessThanOrEqual(5);
  });
});
