import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import {
  ACTIVITY_DURATION_MAX_MINUTES,
  ACTIVITY_NOTES_MAX,
  ACTIVITY_SUBJECT_MAX,
  ACTIVITY_TYPES,
  type ActivityResponse,
  type ActivityType,
  type CreateActivityRequest,
  type LeadAssignee,
  type ListActivitiesQuery,
  type MyDayResponse,
  type UpdateActivityRequest,
} from '@loved/shared';
import { IsInstant } from '../../../core/http/is-instant';
import { ListQueryDto } from '../../../core/http/list-query.dto';
import { QueryBoolean } from '../../../core/http/query-boolean';
import { Optional, SafeText, Trim, ValidateUUID } from '../../../core/http/validation';

const INSTANT_EXAMPLE = '2026-12-04T10:00:00-03:00';

export class CreateActivityDto implements CreateActivityRequest {
  @ApiProperty({ format: 'uuid', description: 'A lead the caller may see' })
  @ValidateUUID()
  lead_id: string;

  @ApiProperty({ enum: ACTIVITY_TYPES, example: 'call' })
  @IsIn(ACTIVITY_TYPES)
  type: ActivityType;

  @ApiProperty({ example: 'Ligar para falar da proposta', maxLength: ACTIVITY_SUBJECT_MAX })
  @Trim()
  @SafeText()
  @IsString()
  @IsNotEmpty()
  @MaxLength(ACTIVITY_SUBJECT_MAX)
  subject: string;

  @ApiProperty({
    format: 'date-time',
    example: INSTANT_EXAMPLE,
    description: 'ISO 8601 with an offset or `Z`; a time without one is refused',
  })
  @IsInstant()
  due_at: string;

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    minimum: 1,
    maximum: ACTIVITY_DURATION_MAX_MINUTES,
    example: 30,
    description: 'Minutes',
  })
  @Optional({ nullable: true })
  @IsInt()
  @Min(1)
  @Max(ACTIVITY_DURATION_MAX_MINUTES)
  duration_minutes?: number | null;

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'A current member of the organisation; left out: the caller; null: nobody',
  })
  @ValidateUUID({ nullable: true })
  assigned_user_id?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: ACTIVITY_NOTES_MAX })
  @Optional({ nullable: true, emptyToNull: true })
  @SafeText()
  @IsString()
  @MaxLength(ACTIVITY_NOTES_MAX)
  notes?: string | null;
}

/**
 * Any field of an activity; left out means unchanged. `null` only where the field is nullable
 * (`skipNullProperties: false`), so `type`, `subject` and `due_at` refuse it.
 */
export class UpdateActivityDto
  extends PartialType(OmitType(CreateActivityDto, ['lead_id'] as const), {
    skipNullProperties: false,
  })
  implements UpdateActivityRequest
{
  @ApiPropertyOptional({
    description: '`true` completes the activity (a timeline entry on the lead), `false` reopens it',
  })
  @Optional()
  @IsBoolean()
  done?: boolean;
}

export class ListActivitiesQueryDto extends ListQueryDto implements ListActivitiesQuery {
  @ApiPropertyOptional({ description: 'A member id or `me`' })
  @Optional()
  @ValidateIf((_, value) => value !== 'me')
  @IsUUID(undefined, { message: 'assigned_user_id must be a UUID or "me"' })
  assigned_user_id?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @ValidateUUID({ optional: true })
  lead_id?: string;

  @ApiPropertyOptional({
    format: 'date-time',
    example: '2026-12-01T00:00:00-03:00',
    description: 'Due at or after this instant',
  })
  @Optional()
  @IsInstant()
  due_from?: string;

  @ApiPropertyOptional({
    format: 'date-time',
    example: '2026-12-08T00:00:00-03:00',
    description: 'Due before this instant (exclusive)',
  })
  @Optional()
  @IsInstant()
  due_to?: string;

  @ApiPropertyOptional({
    type: Boolean,
    description: '`true`: not done and due before now; `false`: done or not yet due',
  })
  @Optional()
  @QueryBoolean()
  overdue?: boolean;

  @ApiPropertyOptional({ type: Boolean, description: '`true`: done only; `false`: open only' })
  @Optional()
  @QueryBoolean()
  done?: boolean;
}

class ActivityLeadDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
}

class ActivityAssigneeDto implements LeadAssignee {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) avatar_url: string | null;
}

export class ActivityDto implements ActivityResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) organization_id: string;
  @ApiProperty({ format: 'uuid' }) lead_id: string;
  @ApiProperty({ type: ActivityLeadDto }) lead: ActivityLeadDto;
  @ApiProperty({ enum: ACTIVITY_TYPES }) type: ActivityType;
  @ApiProperty() subject: string;
  @ApiProperty({ format: 'date-time', description: 'An instant, in UTC' }) due_at: string;
  @ApiProperty({ type: Number, nullable: true }) duration_minutes: number | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) assigned_user_id: string | null;
  @ApiProperty({ type: ActivityAssigneeDto, nullable: true })
  assigned_user: ActivityAssigneeDto | null;
  @ApiProperty() done: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) done_at: string | null;
  @ApiProperty({ type: String, nullable: true }) notes: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) created_by_user_id: string | null;
  @ApiProperty({ format: 'date-time' }) created_at: string;
  @ApiProperty({ format: 'date-time' }) updated_at: string;
}

export class ActivityListDto {
  @ApiProperty({ type: [ActivityDto] }) items: ActivityDto[];
  @ApiProperty({ type: String, nullable: true }) next_cursor: string | null;
}

export class MyDayDto implements MyDayResponse {
  @ApiProperty({ example: 'America/Sao_Paulo', description: "The organisation's time zone" })
  time_zone: string;
  @ApiProperty({ example: '2026-12-04', description: 'Today in that time zone' }) date: string;
  @ApiProperty({ type: [ActivityDto], description: 'Not done, due before today (at most 100)' })
  overdue: ActivityDto[];
  @ApiProperty({ type: [ActivityDto], description: 'Due today, done or not (at most 100)' })
  today: ActivityDto[];
  @ApiProperty({
    type: [ActivityDto],
    description: 'Not done, due in the 7 days after today (at most 100)',
  })
  upcoming: ActivityDto[];
}
