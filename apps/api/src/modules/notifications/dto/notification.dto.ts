import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsIn } from 'class-validator';
import {
  ACTIVITY_TYPES,
  CHANNELS,
  NOTIFICATION_KINDS,
  type ActivityType,
  type Channel,
  type MarkAllNotificationsReadResponse,
  type NotificationKind,
  type NotificationResponse,
  type NotificationSettings,
  type NotificationUnreadCountResponse,
} from '@loved/shared';
import { ListQueryDto } from '../../../core/http/list-query.dto';
import { Optional } from '../../../core/http/validation';

/** `GET /notifications`: the newest first, optionally the unread ones only. */
export class NotificationListQueryDto extends ListQueryDto {
  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'Only the unread ones' })
  @Optional()
  @IsIn(['true', 'false'])
  unread?: 'true' | 'false';
}

class NotificationLeadDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
}

class NotificationActorDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
}

class NotificationActivityDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ACTIVITY_TYPES }) type: ActivityType;
  @ApiProperty() subject: string;
  @ApiProperty({ format: 'date-time' }) due_at: string;
}

export class NotificationDto implements NotificationResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: NOTIFICATION_KINDS }) kind: NotificationKind;
  @ApiProperty({ type: NotificationLeadDto, nullable: true }) lead: NotificationLeadDto | null;
  @ApiProperty({
    type: NotificationActorDto,
    nullable: true,
    description: 'Who caused it; null for customers and the scheduler',
  })
  actor: NotificationActorDto | null;
  @ApiProperty({ type: NotificationActivityDto, nullable: true, description: 'With activity_due' })
  activity: NotificationActivityDto | null;
  @ApiProperty({ enum: CHANNELS, nullable: true, description: 'With inbound_message' })
  channel: Channel | null;
  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'With inbound_message and mention: the message or note',
  })
  communication_id: string | null;
  @ApiProperty() read: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) read_at: string | null;
  @ApiProperty({ format: 'date-time' }) created_at: string;
}

export class NotificationListDto {
  @ApiProperty({ type: [NotificationDto] }) items: NotificationDto[];
  @ApiProperty({ type: String, nullable: true }) next_cursor: string | null;
}

export class NotificationUnreadCountDto implements NotificationUnreadCountResponse {
  @ApiProperty({ minimum: 0 }) count: number;
}

export class MarkAllNotificationsReadDto implements MarkAllNotificationsReadResponse {
  @ApiProperty({ minimum: 0, description: 'How many were marked read' }) updated: number;
}

export class NotificationSettingsDto implements NotificationSettings {
  @ApiProperty({
    enum: NOTIFICATION_KINDS,
    isArray: true,
    description: 'Kinds the user does not want to be notified of',
  })
  @IsArray()
  @ArrayMaxSize(NOTIFICATION_KINDS.length)
  @ArrayUnique()
  @IsIn(NOTIFICATION_KINDS, { each: true })
  muted_kinds: NotificationKind[];
}
