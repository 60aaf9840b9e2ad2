import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsNotEmpty,
  IsString,
  IsUrl,
  MaxLength,
} from 'class-validator';
import {
  WEBHOOK_EVENT_TYPES,
  WEBHOOK_TEST_EVENT,
  WebhookDeliveryStatus,
  type CreateWebhookEndpointRequest,
  type CreatedWebhookEndpointResponse,
  type UpdateWebhookEndpointRequest,
  type WebhookDeliveryResponse,
  type WebhookEndpointResponse,
  type WebhookEventType,
} from '@loved/shared';
import { Optional, SafeText, Trim } from '../../../core/http/validation';

export const WEBHOOK_URL_MAX = 2048;
export const WEBHOOK_DESCRIPTION_MAX = 500;

export class CreateWebhookEndpointDto implements CreateWebhookEndpointRequest {
  @ApiProperty({
    example: 'https://example.com/webhooks/loved',
    maxLength: WEBHOOK_URL_MAX,
    description:
      'https (http only outside production); must resolve to public addresses unless WEBHOOK_ALLOW_PRIVATE_URLS',
  })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(WEBHOOK_URL_MAX)
  @IsUrl({ require_tld: false, require_protocol: true, protocols: ['http', 'https'] })
  url: string;

  @ApiProperty({
    enum: WEBHOOK_EVENT_TYPES,
    isArray: true,
    example: ['lead.created', 'lead.moved'],
    description: 'At least one, no repeats',
  })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayUnique()
  @ArrayMaxSize(WEBHOOK_EVENT_TYPES.length)
  @IsIn(WEBHOOK_EVENT_TYPES, { each: true })
  events: WebhookEventType[];

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: WEBHOOK_DESCRIPTION_MAX })
  @Optional({ nullable: true, emptyToNull: true })
  @SafeText()
  @IsString()
  @MaxLength(WEBHOOK_DESCRIPTION_MAX)
  description?: string | null;
}

/** Any field; left out means unchanged. `url` and `events` refuse `null`. */
export class UpdateWebhookEndpointDto
  extends PartialType(CreateWebhookEndpointDto, { skipNullProperties: false })
  implements UpdateWebhookEndpointRequest
{
  @ApiPropertyOptional({
    description:
      '`true` re-enables a disabled endpoint (its pending deliveries resume); `false` pauses it',
  })
  @Optional()
  @IsBoolean()
  enabled?: boolean;
}

export class WebhookEndpointDto implements WebhookEndpointResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() url: string;
  @ApiProperty({ enum: WEBHOOK_EVENT_TYPES, isArray: true }) events: WebhookEventType[];
  @ApiProperty({ type: String, nullable: true }) description: string | null;
  @ApiProperty() enabled: boolean;
  @ApiProperty({ type: String, nullable: true }) disabled_reason: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) disabled_at: string | null;
  @ApiProperty({ format: 'date-time' }) created_at: string;
  @ApiProperty({ format: 'date-time' }) updated_at: string;
}

export class CreatedWebhookEndpointDto
  extends WebhookEndpointDto
  implements CreatedWebhookEndpointResponse
{
  @ApiProperty({
    example: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
    description: 'The Standard Webhooks signing secret; shown only in this answer',
  })
  secret: string;
}

export class WebhookEndpointListDto {
  @ApiProperty({ type: [WebhookEndpointDto] }) items: WebhookEndpointDto[];
  @ApiProperty({ type: String, nullable: true }) next_cursor: string | null;
}

const DELIVERY_EVENT_TYPES = [...WEBHOOK_EVENT_TYPES, WEBHOOK_TEST_EVENT];

export class WebhookDeliveryDto implements WebhookDeliveryResponse {
  @ApiProperty({ format: 'uuid', description: 'Also the `webhook-id` header' }) id: string;
  @ApiProperty({ enum: DELIVERY_EVENT_TYPES })
  event_type: WebhookDeliveryResponse['event_type'];
  @ApiProperty({ enum: Object.values(WebhookDeliveryStatus) }) status: WebhookDeliveryStatus;
  @ApiProperty() attempts: number;
  @ApiProperty({ type: Number, nullable: true }) response_status: number | null;
  @ApiProperty({ type: Number, nullable: true }) duration_ms: number | null;
  @ApiProperty({ type: String, nullable: true }) error: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  next_attempt_at: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  delivered_at: string | null;
  @ApiProperty({ format: 'date-time' }) created_at: string;
}

export class WebhookDeliveryListDto {
  @ApiProperty({ type: [WebhookDeliveryDto] }) items: WebhookDeliveryDto[];
  @ApiProperty({ type: String, nullable: true }) next_cursor: string | null;
}
