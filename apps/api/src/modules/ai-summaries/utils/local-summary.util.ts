import {
  CallOutcome,
  Channel,
  Direction,
  LEAD_STAGE_LABELS,
  type CommunicationResponse,
  type LeadStage,
  type Sentiment,
} from '@loved/shared';
import type { SummaryDraft } from './summary-output.util';
import { scoreText, sentimentOf, wordsOf } from './pt-br-sentiment.util';

export type LocalSummaryInput = {
  lead: { name: string; stage: LeadStage };
  /** The communications to summarise, oldest first. */
  communications: CommunicationResponse[];
  now: Date;
};

/** Days without talking to the lead after which the rules suggest getting back in touch. */
export const STALE_CONTACT_DAYS = 7;
/** The local summariser is a heuristic: it never claims the confidence of a model. */
export const LOCAL_MAX_CONFIDENCE = 0.5;

const HIGHLIGHTS = 3;
const HIGHLIGHT_WINDOW = 15;
const QUOTE_LENGTH = 160;
const MAX_ACTIONS = 5;
const DAY_MS = 86_400_000;

const MISSED_CALL: readonly string[] = [CallOutcome.Missed, CallOutcome.NoAnswer, CallOutcome.Busy];
const PROPOSAL = /propost|orcament|cotac/;
const SENT_VERB = /\b(segue|seguem|enviei|enviamos|envio|encaminh\w*|mandei|mandamos|anex\w*)\b/;
const BUSINESS_WORDS =
  /propost|orcament|cotac|preco|valor|prazo|reuniao|contrato|desconto|pagamento|entrega|\d/;
const MEETING = /\b(reuniao|agendar|agendad\w*|visita|call)\b/;

const date = new Intl.DateTimeFormat('pt-BR', {
  timeZone: 'America/Sao_Paulo',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});
const dayMonth = new Intl.DateTimeFormat('pt-BR', {
  timeZone: 'America/Sao_Paulo',
  day: '2-digit',
  month: '2-digit',
});

const CHANNEL_NAMES: Record<Channel, [string, string]> = {
  whatsapp: ['mensagem de WhatsApp', 'mensagens de WhatsApp'],
  email: ['e-mail', 'e-mails'],
  voip: ['ligação', 'ligações'],
  note: ['nota interna', 'notas internas'],
};
const CHANNEL_LABEL: Record<Channel, string> = {
  whatsapp: 'WhatsApp',
  email: 'e-mail',
  voip: 'ligação',
  note: 'nota interna',
};
const WHO: Record<Direction, string> = {
  inbound: 'cliente',
  outbound: 'equipe',
  internal: 'nota',
};
const SENTIMENT_LABEL: Record<Sentiment, string> = {
  positive: 'positivo',
  neutral: 'neutro',
  negative: 'negativo',
};

const plain = (text: string): string => wordsOf(text).join(' ');
const quote = (text: string): string => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > QUOTE_LENGTH ? `${flat.slice(0, QUOTE_LENGTH - 1).trimEnd()}…` : flat;
};
const plural = (count: number, [one, many]: [string, string]): string =>
  `${count} ${count === 1 ? one : many}`;

/** A conversation with the lead (a note is not one, nor a call that did not connect). */
const isContact = (c: CommunicationResponse): boolean => c.direction !== Direction.Internal;
const isAnswer = (c: CommunicationResponse): boolean =>
  c.direction === Direction.Outbound &&
  (c.channel !== Channel.Voip || !MISSED_CALL.includes(String(c.metadata.call_status)));

/** Sentiment from the customer's words above all, the latest weighing most. */
function sentimentFor(communications: CommunicationResponse[]): {
  sentiment: Sentiment;
  hits: number;
} {
  const newestFirst = [...communications].reverse();
  return sentimentOf(
    newestFirst.map((c, index) => ({
      text: c.content,
      weight:
        (c.direction === Direction.Inbound ? 1 : c.direction === Direction.Internal ? 0.6 : 0.2) *
        0.5 ** (index / 10),
    })),
  );
}

/** The few most informative recent messages, in the order they were said. */
function highlights(communications: CommunicationResponse[]): CommunicationResponse[] {
  const recent = communications.slice(-HIGHLIGHT_WINDOW);
  const scored = recent
    .map((c, index) => {
      const text = plain(c.content);
      if (text.length < 15) return null;
      let score = Math.min(text.length, 200) / 200;
      if (BUSINESS_WORDS.test(text)) score += 1;
      if (scoreText(c.content).hits > 0) score += 0.5;
      if (c.direction === Direction.Inbound) score += 0.5;
      if (text.includes('?') || c.content.includes('?')) score += 0.3;
      score *= 1 - (recent.length - 1 - index) / (HIGHLIGHT_WINDOW * 2);
      return { c, index, score };
    })
    .filter((entry): entry is { c: CommunicationResponse; index: number; score: number } =>
      Boolean(entry),
    );
  return scored
    .sort((a, b) => b.score - a.score)
    .slice(0, HIGHLIGHTS)
    .sort((a, b) => a.index - b.index)
    .map((entry) => entry.c);
}

function describe(input: LocalSummaryInput, sentiment: Sentiment): string {
  const { communications, lead } = input;
  const stage = LEAD_STAGE_LABELS[lead.stage];
  const first = communications[0];
  const last = communications.at(-1);
  if (!first || !last) {
    return `Ainda não há interações registradas com ${lead.name} (etapa ${stage}).`;
  }
  const counts = (Object.keys(CHANNEL_NAMES) as Channel[])
    .map(
      (channel) => [channel, communications.filter((c) => c.channel === channel).length] as const,
    )
    .filter(([, count]) => count > 0)
    .map(([channel, count]) => plural(count, CHANNEL_NAMES[channel]));
  const list =
    counts.length > 1 ? `${counts.slice(0, -1).join(', ')} e ${counts.at(-1)}` : counts[0];
  const from = date.format(new Date(first.sent_at));
  const to = date.format(new Date(last.sent_at));
  const span = from === to ? `em ${from}` : `entre ${from} e ${to}`;
  const parts = [
    `${lead.name} (etapa ${stage}): ${plural(communications.length, ['interação', 'interações'])} ${span} (${list}).`,
    `Última interação: ${CHANNEL_LABEL[last.channel]} ${last.direction === Direction.Inbound ? 'do cliente' : last.direction === Direction.Outbound ? 'da equipe' : 'da equipe (interna)'} em ${to}.`,
  ];
  const quotes = highlights(communications).map(
    (c) => `"${quote(c.content)}" (${WHO[c.direction]}, ${dayMonth.format(new Date(c.sent_at))})`,
  );
  if (quotes.length > 0) parts.push(`Destaques: ${quotes.join('; ')}.`);
  parts.push(`Tom do cliente: ${SENTIMENT_LABEL[sentiment]}.`);
  return parts.join(' ');
}

/** The question in a text: the sentence that ends with "?". */
function questionIn(text: string): string | null {
  const sentences = text.split(/(?<=[.!?])\s+|\n+/).map((s) => s.trim());
  return sentences.filter((s) => s.length > 1 && s.endsWith('?')).at(-1) ?? null;
}

function nextActions(input: LocalSummaryInput, sentiment: Sentiment): string[] {
  const { communications, now } = input;
  if (communications.length === 0) return ['Fazer o primeiro contato com o lead'];
  const actions: string[] = [];
  const newestFirst = [...communications].reverse();

  const lastCall = newestFirst.find((c) => c.channel === Channel.Voip);
  if (lastCall && MISSED_CALL.includes(String(lastCall.metadata.call_status))) {
    const answeredSince = newestFirst
      .slice(0, newestFirst.indexOf(lastCall))
      .some((c) => isAnswer(c));
    if (!answeredSince) {
      const day = dayMonth.format(new Date(lastCall.sent_at));
      actions.push(
        lastCall.direction === Direction.Inbound
          ? `Retornar a ligação perdida do cliente (${day})`
          : `Retornar ligação: tentar ligar de novo (sem resposta em ${day})`,
      );
    }
  }

  const lastAnswer = newestFirst.findIndex((c) => isAnswer(c));
  const unanswered = (lastAnswer === -1 ? newestFirst : newestFirst.slice(0, lastAnswer)).filter(
    (c) => c.direction === Direction.Inbound && c.channel !== Channel.Voip,
  );
  const question = unanswered.map((c) => questionIn(c.content)).find((q) => q !== null);
  if (question) actions.push(`Responder à pergunta do cliente: "${quote(question)}"`);
  else if (unanswered.length > 0) actions.push('Responder à última mensagem do cliente');

  const mentions = communications.filter((c) =>
    PROPOSAL.test(plain(`${c.subject ?? ''} ${c.content}`)),
  );
  if (mentions.length > 0) {
    const sent = mentions.some(
      (c) =>
        c.direction === Direction.Outbound &&
        (SENT_VERB.test(plain(c.content)) || c.attachments.length > 0),
    );
    actions.push(
      sent
        ? 'Acompanhar a proposta enviada e tirar dúvidas'
        : 'Enviar a proposta/orçamento solicitado',
    );
  }

  const lastContact = newestFirst.find(isContact);
  const idleDays = lastContact
    ? Math.floor((now.getTime() - Date.parse(lastContact.sent_at)) / DAY_MS)
    : Infinity;
  if (idleDays >= STALE_CONTACT_DAYS) {
    actions.push(
      Number.isFinite(idleDays)
        ? `Retomar contato: sem interação há ${idleDays} dias`
        : 'Retomar contato com o lead',
    );
  }

  if (sentiment === 'negative') actions.push('Tratar as objeções do cliente antes de avançar');
  if (newestFirst.slice(0, 5).some((c) => MEETING.test(plain(c.content)))) {
    actions.push('Confirmar data e horário da reunião');
  }
  if (actions.length === 0) actions.push('Manter o acompanhamento e registrar o próximo contato');
  return actions.slice(0, MAX_ACTIONS);
}

/**
 * The built-in summariser, used when no model is configured: works offline, in pt-BR. An
 * extractive summary (counts, dates and the most informative recent messages), sentiment from
 * a lexicon with negations, next actions from simple rules, and a modest confidence.
 */
export function summariseLocally(input: LocalSummaryInput): SummaryDraft {
  const { sentiment, hits } = sentimentFor(input.communications);
  const amount = Math.min(input.communications.length, 25) * 0.01;
  const confidence = Math.min(LOCAL_MAX_CONFIDENCE, 0.15 + amount + (hits >= 3 ? 0.1 : 0));
  return {
    summary: describe(input, sentiment),
    sentiment,
    next_actions: nextActions(input, sentiment),
    confidence: Math.round(confidence * 100) / 100,
  };
}
