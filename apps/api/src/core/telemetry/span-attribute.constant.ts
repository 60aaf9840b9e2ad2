/** Our own span attributes, namespaced so they never collide with semantic conventions. */
export const SpanAttribute = {
  RequestId: 'loved.request_id',
  OrganizationId: 'loved.org_id',
  UserId: 'loved.user_id',
  JobId: 'loved.job.id',
  JobAttempt: 'loved.job.attempt',
} as const;
export type SpanAttribute = (typeof SpanAttribute)[keyof typeof SpanAttribute];
