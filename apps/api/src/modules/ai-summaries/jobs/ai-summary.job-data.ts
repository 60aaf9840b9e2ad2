/** Write one requested summary (already stored as `pending`) of one organisation. */
export type AiSummaryJobData = {
  organizationId: string;
  summaryId: string;
  /** Who asked: the job acts for them, as the request did. */
  requestedByUserId: string | null;
};

export const AI_SUMMARY_JOB = 'ai-summary.generate';
