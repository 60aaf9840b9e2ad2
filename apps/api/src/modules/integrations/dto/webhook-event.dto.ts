import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import {
  WEBHOOK_EVENT_STATUSES,
  type IntegrationProvider,
  type WebhookEventResponse,
  type WebhookEventStatus,
} from '@loved/shared';
import { ListQueryDto } from '../../../core/http/list-query.dto';
import { Optional } from '../../../core/http/validation';

export class WebhookEventListQueryDto extends ListQueryDto {
  @ApiPropertyOptional({ enum: WEBHOOK_EVENT_STATUSES, description: 'Only events in this state' })
  @Optional()
  @IsIn(WEBHOOK_EVENT_STATUSES)
  status?: WebhookEventStatus;
}

export class WebhookEventDto implements WebhookEventResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['whatsapp', 'twilio', 'email'] }) provider: IntegrationProvider;
  @ApiProperty({ enum: WEBHOOK_EVENT_STATUSES }) status: WebhookEventStatus;
  @ApiProperty({ description: 'Failed processing attempts so far' }) attempts: number;
  @ApiProperty({ type: String, nullable: true }) last_error: string | null;
  @ApiProperty({ description: 'Messages and statuses the event carries' }) update_count: number;
  @ApiProperty({ format: 'date-time' }) received_at: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) processed_at: string | null;
}

export class WebhookEventListDto {
  @ApiProperty({ type: [WebhookEventDto] }) items: WebhookEventDto[];
  @ApiProperty({ type: String, nullable: true }) next_cursor: string | null;
}
