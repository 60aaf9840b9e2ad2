import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  DetailedCheckStatus,
  IntegrationProvider,
  IntegrationStatus,
  type DependencyCheck,
  type IntegrationFailure,
  type OrganizationIntegrationHealth,
  type ProviderHealth,
  type QueueDepth,
} from '@loved/shared';

class DependencyCheckDto implements DependencyCheck {
  @ApiProperty({ enum: Object.values(DetailedCheckStatus) })
  status: DetailedCheckStatus;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'How long the probe took, in ms; null when not configured',
  })
  latency_ms: number | null;
}

class DetailedChecksDto {
  @ApiProperty({ type: DependencyCheckDto })
  database: DependencyCheckDto;
  @ApiProperty({ type: DependencyCheckDto, description: '`not_configured` in embedded mode' })
  redis: DependencyCheckDto;
  @ApiProperty({ type: DependencyCheckDto })
  storage: DependencyCheckDto;
}

class QueueDepthDto implements QueueDepth {
  @ApiProperty({ example: 'webhooks' })
  name: string;
  @ApiProperty()
  waiting: number;
  @ApiProperty()
  active: number;
  @ApiProperty()
  delayed: number;
  @ApiProperty({ description: 'Jobs that used every attempt (kept for inspection)' })
  failed: number;
}

class IntegrationFailureDto implements IntegrationFailure {
  @ApiProperty({ format: 'date-time' })
  occurred_at: string;
  @ApiProperty({
    example: 'WEBHOOK_EVENT_FAILED',
    description: "The integration's own error code, or WEBHOOK_EVENT_FAILED",
  })
  code: string;
  @ApiProperty()
  message: string;
}

class IntegrationCountsDto implements Record<IntegrationStatus, number> {
  @ApiProperty()
  active: number;
  @ApiProperty()
  needs_reauth: number;
  @ApiProperty()
  disconnected: number;
}

class ProviderHealthDto implements ProviderHealth {
  @ApiProperty({ enum: Object.values(IntegrationProvider) })
  provider: IntegrationProvider;
  @ApiProperty({ type: IntegrationCountsDto, description: 'Integrations by status' })
  integrations: IntegrationCountsDto;
  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'Latest processed webhook event or mailbox sync, in any organisation',
  })
  last_success_at: string | null;
  @ApiProperty({ type: IntegrationFailureDto, nullable: true })
  last_failure: IntegrationFailureDto | null;
}

class OrganizationIntegrationHealthDto implements OrganizationIntegrationHealth {
  @ApiProperty({ enum: Object.values(IntegrationProvider) })
  provider: IntegrationProvider;
  @ApiProperty({ enum: Object.values(IntegrationStatus) })
  status: IntegrationStatus;
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  last_success_at: string | null;
  @ApiProperty({ type: IntegrationFailureDto, nullable: true })
  last_failure: IntegrationFailureDto | null;
}

/** One class for both scopes: OpenAPI shows which member each scope carries. */
export class DetailedHealthDto {
  @ApiProperty({
    enum: ['platform', 'organization'],
    description: '`platform` for the operator token, `organization` for an admin',
  })
  scope: 'platform' | 'organization';
  @ApiProperty({ enum: ['ok', 'degraded'], description: '`degraded`: a dependency is down' })
  status: 'ok' | 'degraded';
  @ApiProperty({ enum: ['full', 'embedded'] })
  mode: 'full' | 'embedded';
  @ApiProperty({ format: 'date-time' })
  checked_at: string;
  @ApiProperty({ type: DetailedChecksDto })
  checks: DetailedChecksDto;
  @ApiProperty({
    type: [QueueDepthDto],
    description: 'Bull queues; empty in embedded mode or when Redis does not answer',
  })
  queues: QueueDepthDto[];
  @ApiPropertyOptional({
    type: [ProviderHealthDto],
    description: 'Scope `platform` only: every provider across organisations',
  })
  providers?: ProviderHealthDto[];
  @ApiPropertyOptional({
    type: [OrganizationIntegrationHealthDto],
    description: "Scope `organization` only: the organisation's own integrations",
  })
  integrations?: OrganizationIntegrationHealthDto[];
}
