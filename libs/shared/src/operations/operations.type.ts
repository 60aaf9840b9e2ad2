import type { Channel } from '../leads/lead-stage.enum';
import type { IntegrationProvider, IntegrationStatus } from '../integrations/integration.type';

/** A dependency of the detailed health check; `not_configured`: Redis in embedded mode. */
export const DetailedCheckStatus = {
  Up: 'up',
  Down: 'down',
  NotConfigured: 'not_configured',
} as const;
export type DetailedCheckStatus = (typeof DetailedCheckStatus)[keyof typeof DetailedCheckStatus];

export type DependencyCheck = {
  status: DetailedCheckStatus;
  /** How long the probe took (null when not configured). */
  latency_ms: number | null;
};

/** Jobs of one Bull queue by state, at the moment of the check. */
export type QueueDepth = {
  name: string;
  waiting: number;
  active: number;
  delayed: number;
  failed: number;
};

/** The last thing that went wrong with an integration: its own error, or a failed webhook. */
export type IntegrationFailure = { occurred_at: string; code: string; message: string };

/** The platform's view of one provider: integrations by status across organisations. */
export type ProviderHealth = {
  provider: IntegrationProvider;
  integrations: Record<IntegrationStatus, number>;
  /** Latest processed webhook event or mailbox sync, in any organisation. */
  last_success_at: string | null;
  last_failure: IntegrationFailure | null;
};

/** One integration of the caller's organisation. */
export type OrganizationIntegrationHealth = {
  provider: IntegrationProvider;
  status: IntegrationStatus;
  last_success_at: string | null;
  last_failure: IntegrationFailure | null;
};

/**
 * `GET /api/v1/health/detailed`. The operator token (`scope: platform`) gets every provider
 * across organisations; an organisation admin (`scope: organization`) gets its own integrations.
 */
export type DetailedHealthResponse = {
  /** `degraded` when a configured dependency is down. */
  status: 'ok' | 'degraded';
  mode: 'full' | 'embedded';
  checked_at: string;
  checks: { database: DependencyCheck; redis: DependencyCheck; storage: DependencyCheck };
  /** Empty in embedded mode (no Bull) or when Redis does not answer. */
  queues: QueueDepth[];
} & (
  | { scope: 'platform'; providers: ProviderHealth[] }
  | { scope: 'organization'; integrations: OrganizationIntegrationHealth[] }
);

/** `GET /api/v1/organizations/current/figures` (admin, manager): the organisation's activity. */
export type OrganizationFiguresResponse = {
  communications: {
    total: number;
    /** Sent or received in the 24 hours before `generated_at`. */
    last_24h: number;
    /** Every channel, zeros included. */
    by_channel: Record<Channel, number>;
  };
  integrations: {
    active: number;
    /** Providers whose integration is `active`. */
    providers: IntegrationProvider[];
  };
  generated_at: string;
};
