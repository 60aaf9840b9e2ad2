import type { IntegrationProvider } from '@loved/shared';

/** Process one stored webhook event of one organisation. */
export type WebhookEventJobData = {
  provider: IntegrationProvider;
  organizationId: string;
  eventId: string;
};

/** Each provider's processor handles its own job name on the webhooks queue. */
export const webhookJobName = (provider: IntegrationProvider): string =>
  `${provider}.webhook-event`;
