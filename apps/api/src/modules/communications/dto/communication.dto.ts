import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsString,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import {
  CALL_OUTCOMES,
  CHANNELS,
  COMMUNICATION_STATUSES,
  DIRECTIONS,
  LEAD_EVENT_TYPES,
  type CallOutcome,
  type Channel,
  type CommunicationAttachment,
  type CommunicationResponse,
  type CommunicationSearchHit,
  type CommunicationStatus,
  type CreateNoteRequest,
  type Direction,
  type LogCallRequest,
} from '@loved/shared';
import { ListQueryDto } from '../../../core/http/list-query.dto';
import { IsDateTime, Optional, SafeText, Trim, ValidateUUID } from '../../../core/http/validation';

/** How many members one note may mention. */
export const MAX_NOTE_MENTIONS = 20;

export class CreateNoteDto implements CreateNoteRequest {
  @ApiProperty({ example: 'Cliente pediu proposta até sexta.', maxLength: 10000 })
  @Trim()
  @SafeText()
  @IsString()
  @IsNotEmpty()
  @MaxLength(10_000)
  content: string;

  @ApiPropertyOptional({
    type: [String],
    format: 'uuid',
    maxItems: MAX_NOTE_MENTIONS,
    uniqueItems: true,
    description: 'Members mentioned in the note (each is notified)',
  })
  @Optional()
  @IsArray()
  @ArrayMaxSize(MAX_NOTE_MENTIONS)
  @ArrayUnique()
  @ValidateUUID({ each: true })
  mentions?: string[];
}

export class LogCallDto implements LogCallRequest {
  @ApiProperty({ enum: ['inbound', 'outbound'] })
  @IsIn(['inbound', 'outbound'])
  direction: 'inbound' | 'outbound';

  @ApiProperty({ example: 180, minimum: 0, maximum: 86400 })
  @IsInt()
  @Min(0)
  @Max(86_400)
  duration_seconds: number;

  @ApiProperty({ enum: CALL_OUTCOMES })
  @IsIn(CALL_OUTCOMES)
  outcome: CallOutcome;

  @ApiPropertyOptional({ maxLength: 10000 })
  @Optional()
  @Trim()
  @SafeText()
  @IsString()
  @MaxLength(10_000)
  note?: string;

  @ApiPropertyOptional({
    format: 'date-time',
    description: 'When the call happened; now by default',
  })
  @Optional()
  @IsDateTime()
  occurred_at?: string;
}

export class TimelineQueryDto extends ListQueryDto {
  @ApiPropertyOptional({ enum: CHANNELS })
  @Optional()
  @IsIn(CHANNELS)
  channel?: Channel;
}

export class SearchQueryDto extends ListQueryDto {
  @ApiProperty({ example: 'proposta negociação', minLength: 2, maxLength: 200 })
  @Trim()
  @SafeText()
  @IsString()
  @MaxLength(200)
  @IsNotEmpty()
  q: string;
}

class AttachmentDto implements CommunicationAttachment {
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) file_id: string | null;
  @ApiProperty() name: string;
  @ApiProperty() content_type: string;
  @ApiProperty({ type: Number, nullable: true }) size_bytes: number | null;
}

export class CommunicationDto implements CommunicationResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) organization_id: string;
  @ApiProperty({ format: 'uuid' }) lead_id: string;
  @ApiProperty({ enum: CHANNELS }) channel: Channel;
  @ApiProperty({ enum: DIRECTIONS }) direction: Direction;
  @ApiProperty() content: string;
  @ApiProperty({ type: String, nullable: true }) subject: string | null;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'Per-channel data as in the seed',
  })
  metadata: Record<string, unknown>;
  @ApiProperty({ type: [AttachmentDto] }) attachments: AttachmentDto[];
  @ApiProperty({ type: String, nullable: true }) external_id: string | null;
  @ApiProperty({ enum: COMMUNICATION_STATUSES }) status: CommunicationStatus;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) author_user_id: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) author_api_key_id: string | null;
  @ApiProperty({ format: 'date-time' }) sent_at: string;
  @ApiProperty({ format: 'date-time' }) created_at: string;
  @ApiProperty({ format: 'date-time' }) updated_at: string;
}

class TimelineActorDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ['user', 'api_key'] }) type: 'user' | 'api_key';
}

export class TimelineItemDto {
  @ApiProperty({ enum: ['communication', 'system'] }) type: 'communication' | 'system';
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'date-time' }) occurred_at: string;
  @ApiPropertyOptional({ type: CommunicationDto, description: 'When type is communication' })
  communication?: CommunicationDto;
  @ApiPropertyOptional({ enum: LEAD_EVENT_TYPES, description: 'When type is system' })
  event?: string;
  @ApiPropertyOptional({ type: String, nullable: true }) from?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) to?: string | null;
  @ApiPropertyOptional({ type: TimelineActorDto, nullable: true }) actor?: TimelineActorDto | null;
}

export class TimelineListDto {
  @ApiProperty({ type: [TimelineItemDto] }) items: TimelineItemDto[];
  @ApiProperty({ type: String, nullable: true }) next_cursor: string | null;
}

class SearchLeadDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
}

export class SearchHitDto implements CommunicationSearchHit {
  @ApiProperty({ type: CommunicationDto }) communication: CommunicationDto;
  @ApiProperty({ type: SearchLeadDto }) lead: SearchLeadDto;
  @ApiProperty({ description: 'HTML-escaped; matches wrapped in <mark>' }) snippet: string;
  @ApiProperty() rank: number;
}

export class SearchListDto {
  @ApiProperty({ type: [SearchHitDto] }) items: SearchHitDto[];
  @ApiProperty({ type: String, nullable: true }) next_cursor: string | null;
}
