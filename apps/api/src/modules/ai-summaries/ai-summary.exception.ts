import type { Plan } from '@loved/shared';
import { AppException } from '../../core/http/app.exception';

export const AiSummaryErrorCode = {
  NotFound: 'AI_SUMMARY_NOT_FOUND',
  QuotaExceeded: 'AI_SUMMARY_QUOTA_EXCEEDED',
} as const;
export type AiSummaryErrorCode = (typeof AiSummaryErrorCode)[keyof typeof AiSummaryErrorCode];

const STATUS: Record<AiSummaryErrorCode, number> = {
  AI_SUMMARY_NOT_FOUND: 404,
  AI_SUMMARY_QUOTA_EXCEEDED: 429,
};

export type QuotaState = { plan: Plan; limit: number; used: number; resetsAt: Date };

/** Errors of AI summaries; messages are English, the SPA translates by code. */
export class AiSummaryException extends AppException<AiSummaryErrorCode> {
  constructor(
    code: AiSummaryErrorCode,
    message: string,
    private readonly extra: Record<string, unknown> = {},
    private readonly extraHeaders: Record<string, string> = {},
  ) {
    super(code, message);
  }

  get status(): number {
    return STATUS[this.code];
  }

  override get extensions(): Record<string, unknown> {
    return this.extra;
  }

  override get headers(): Record<string, string> {
    return this.extraHeaders;
  }

  static notFound(): AiSummaryException {
    return new AiSummaryException(AiSummaryErrorCode.NotFound, 'AI summary not found.');
  }

  /** 429 with the limit, the count and when the month resets (also as `Retry-After`). */
  static quotaExceeded(quota: QuotaState, now: Date = new Date()): AiSummaryException {
    const resetsAt = quota.resetsAt.toISOString();
    const retryAfter = Math.max(1, Math.ceil((quota.resetsAt.getTime() - now.getTime()) / 1000));
    return new AiSummaryException(
      AiSummaryErrorCode.QuotaExceeded,
      `The ${quota.plan} plan allows ${quota.limit} AI summaries per month and ${quota.used} were used; the quota resets on ${resetsAt}.`,
      { plan: quota.plan, limit: quota.limit, used: quota.used, resets_at: resetsAt },
      { 'retry-after': String(retryAfter) },
    );
  }
}
