/** Who wrote a summary: an OpenAI-compatible model, or the built-in local summariser. */
export const AiSummaryProvider = { OpenAi: 'openai', Local: 'local' } as const;
export type AiSummaryProvider = (typeof AiSummaryProvider)[keyof typeof AiSummaryProvider];

export const AiSummaryStatus = { Pending: 'pending', Done: 'done', Failed: 'failed' } as const;
export type AiSummaryStatus = (typeof AiSummaryStatus)[keyof typeof AiSummaryStatus];

export const Sentiment = {
  Positive: 'positive',
  Neutral: 'neutral',
  Negative: 'negative',
} as const;
export type Sentiment = (typeof Sentiment)[keyof typeof Sentiment];
export const SENTIMENTS: readonly Sentiment[] = Object.values(Sentiment);

/**
 * `POST /api/v1/leads/:id/ai-summaries` → 202 with `status: pending`; the SSE event
 * `ai_summary.ready` (with `ai_summary`) follows when it is `done` or `failed`.
 * `GET /api/v1/ai-summaries?lead_id=&cursor=&limit=` → ListEnvelope, newest first.
 * `GET /api/v1/ai-summaries/:id`.
 */
export type AiSummaryResponse = {
  id: string;
  organization_id: string;
  lead_id: string;
  /** The lead's conversation (one per lead): the seed's `conversation_id`. */
  conversation_id: string;
  status: AiSummaryStatus;
  /** pt-BR; null until done. */
  summary: string | null;
  sentiment: Sentiment | null;
  next_actions: string[];
  /** 0–1; null until done. */
  confidence_score: number | null;
  provider: AiSummaryProvider;
  model: string;
  /** The communications the summary covers (oldest and newest included). */
  covered: {
    first_communication_id: string | null;
    last_communication_id: string | null;
    from: string | null;
    to: string | null;
    communications: number;
  };
  usage: { prompt_tokens: number; completion_tokens: number } | null;
  /** Readable reason of a failure. */
  error: string | null;
  requested_by_user_id: string | null;
  created_at: string;
  completed_at: string | null;
};
