import { SENTIMENTS, type Sentiment } from '@loved/shared';

/** What a summariser (a model or the local one) produces. */
export type SummaryDraft = {
  summary: string;
  sentiment: Sentiment;
  next_actions: string[];
  /** 0–1, two decimals. */
  confidence: number;
};

/** The answer a model must give, as the JSON schema of its structured output (strict mode). */
export const SUMMARY_JSON_SCHEMA = {
  type: 'object',
  properties: {
    summary: {
      type: 'string',
      description: 'Resumo da conversa em português do Brasil (3 a 6 frases).',
    },
    sentiment: {
      type: 'string',
      enum: [...SENTIMENTS],
      description: 'Atitude atual do cliente em relação ao negócio.',
    },
    next_actions: {
      type: 'array',
      items: { type: 'string' },
      description: 'De 1 a 5 próximas ações para o vendedor, em português, no imperativo.',
    },
    confidence: {
      type: 'number',
      description: 'De 0 a 1: quanto a conversa sustenta o resumo.',
    },
  },
  required: ['summary', 'sentiment', 'next_actions', 'confidence'],
  additionalProperties: false,
} as const;

export const SUMMARY_SCHEMA_NAME = 'lead_conversation_summary';

const SUMMARY_MAX_LENGTH = 4000;
const ACTIONS_MAX = 8;
const ACTION_MAX_LENGTH = 300;

export type ParsedSummary = { ok: true; draft: SummaryDraft } | { ok: false; error: string };

const fail = (error: string): ParsedSummary => ({ ok: false, error });

/**
 * Checks a model's answer against the schema before anything is stored: the model may ignore
 * it (compatible servers without strict mode) or be cut off. Answers a readable reason instead
 * of throwing; nothing of the answer itself goes into the reason.
 */
export function parseSummaryOutput(content: string | null | undefined): ParsedSummary {
  if (!content?.trim()) return fail('The model answered with no content.');
  let value: unknown;
  try {
    value = JSON.parse(stripCodeFence(content));
  } catch {
    return fail('The model did not answer with valid JSON.');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return fail('The model did not answer with a JSON object.');
  }
  const answer = value as Record<string, unknown>;
  const summary = typeof answer.summary === 'string' ? answer.summary.trim() : '';
  if (!summary) return fail('The model\'s answer does not match the schema: "summary" is missing.');
  if (!SENTIMENTS.includes(answer.sentiment as Sentiment)) {
    return fail(
      'The model\'s answer does not match the schema: "sentiment" must be positive, neutral or negative.',
    );
  }
  const actions = answer.next_actions;
  if (!Array.isArray(actions) || actions.some((action) => typeof action !== 'string')) {
    return fail(
      'The model\'s answer does not match the schema: "next_actions" must be a list of texts.',
    );
  }
  const confidence = answer.confidence;
  if (typeof confidence !== 'number' || !Number.isFinite(confidence)) {
    return fail('The model\'s answer does not match the schema: "confidence" must be a number.');
  }
  if (confidence < 0 || confidence > 1) {
    return fail(
      'The model\'s answer does not match the schema: "confidence" must be between 0 and 1.',
    );
  }
  return {
    ok: true,
    draft: {
      summary: summary.slice(0, SUMMARY_MAX_LENGTH),
      sentiment: answer.sentiment as Sentiment,
      next_actions: (actions as string[])
        .map((action) => action.trim().slice(0, ACTION_MAX_LENGTH))
        .filter((action) => action.length > 0)
        .slice(0, ACTIONS_MAX),
      confidence: Math.round(confidence * 100) / 100,
    },
  };
}

/** Some compatible servers wrap JSON in a Markdown fence even when asked for JSON. */
function stripCodeFence(content: string): string {
  const fenced = /^\s*```(?:json)?\s*\n([\s\S]*?)\n\s*```\s*$/i.exec(content);
  return fenced?.[1] ?? content;
}
