import {
  ApiProperty,
  ApiPropertyOptional,
  IntersectionType,
  OmitType,
  PartialType,
} from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import {
  CHANNELS,
  LEAD_OUTCOMES,
  LEAD_RESULT_FILTERS,
  type LeadResultFilter,
  LEAD_PRIORITIES,
  ACTIVITY_TYPES,
  LEAD_SORTS,
  LEAD_STAGES,
  type ActivityType,
  type Channel,
  type CreateLeadRequest,
  type LeadAssignee,
  type LeadHealth,
  type LeadNextActivity,
  type LeadOutcome,
  type LeadPriority,
  type LeadResponse,
  type LeadSort,
  type LeadStage,
  type MoveLeadRequest,
  type UpdateLeadRequest,
} from '@loved/shared';
import { ListQueryDto } from '../../../core/http/list-query.dto';
import { QueryBoolean } from '../../../core/http/query-boolean';
import { Optional, SafeText, Trim, ValidateUUID } from '../../../core/http/validation';

const normalizeTags = ({ value }: { value: unknown }): unknown =>
  Array.isArray(value)
    ? [
        ...new Set(
          value
            .map((tag) => (typeof tag === 'string' ? tag.trim() : tag))
            .filter((tag) => tag !== ''),
        ),
      ]
    : value;
/** At most 13 digits of reais, so the value in cents stays below `MAX_ESTIMATED_VALUE_CENTS`. */
const DECIMAL = /^\d{1,13}(\.\d{1,2})?$/;

/**
 * 10^15 cents: held exactly by a JavaScript number (below 2^53) and by the board's sums of many
 * leads, where 2^63 in one lead overflowed them.
 */
export const MAX_ESTIMATED_VALUE_CENTS = 1e15;

/** The version column is a PostgreSQL `integer`; a larger number could never match a row. */
const MAX_VERSION = 2_147_483_647;

export class CreateLeadDto implements CreateLeadRequest {
  @ApiProperty({ example: 'João Silva', maxLength: 200 })
  @Trim()
  @SafeText()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'joao@empresa.com.br' })
  @Optional({ nullable: true, emptyToNull: true })
  @Trim()
  @IsEmail()
  @MaxLength(254)
  email?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: '(11) 98765-4321',
    description: 'Stored as E.164 (default region BR)',
  })
  @Optional({ nullable: true, emptyToNull: true })
  @Trim()
  @SafeText()
  @IsString()
  @MaxLength(40)
  phone?: string | null;

  @ApiPropertyOptional({ enum: LEAD_STAGES, default: 'lead' })
  @Optional()
  @IsIn(LEAD_STAGES)
  stage?: LeadStage;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'Instagram' })
  @Optional({ nullable: true, emptyToNull: true })
  @Trim()
  @SafeText()
  @IsString()
  @MaxLength(100)
  source?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: '1500.00',
    description: 'BRL as an exact decimal string, at most 13 digits before the point',
  })
  @Optional({ nullable: true })
  @IsString()
  @Matches(DECIMAL, { message: 'estimated_value must be a decimal string such as "1500.00"' })
  estimated_value?: string | null;

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    example: 150000,
    minimum: 0,
    maximum: MAX_ESTIMATED_VALUE_CENTS,
    description: 'BRL in integer cents',
  })
  @Optional({ nullable: true })
  @IsInt()
  @Min(0)
  @Max(MAX_ESTIMATED_VALUE_CENTS)
  estimated_value_cents?: number | null;

  @ApiPropertyOptional({ type: [String], example: ['site', 'urgente'] })
  @Optional()
  @Transform(normalizeTags)
  @IsArray()
  @IsString({ each: true })
  @SafeText({ each: true })
  @MaxLength(40, { each: true })
  @ArrayMaxSize(20)
  tags?: string[];

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @ValidateUUID({ nullable: true })
  assigned_user_id?: string | null;

  @ApiPropertyOptional({ enum: LEAD_PRIORITIES, default: 'medium' })
  @Optional()
  @IsIn(LEAD_PRIORITIES)
  priority?: LeadPriority;

  @ApiPropertyOptional({
    default: false,
    description: 'Create even if a lead has the same phone or e-mail',
  })
  @Optional()
  @IsBoolean()
  allow_duplicate?: boolean;
}

/**
 * Every field of a new lead, all optional, plus the version read and the outcome. Left out
 * means unchanged; `null` is taken only where the field is nullable (`skipNullProperties:
 * false`), so `name`, `stage`, `priority` and `tags` refuse it instead of reaching the table.
 */
export class UpdateLeadDto
  extends PartialType(OmitType(CreateLeadDto, ['allow_duplicate'] as const), {
    skipNullProperties: false,
  })
  implements UpdateLeadRequest
{
  @ApiProperty({
    description: 'The version you last read; a stale one answers 409 with the current lead',
    minimum: 1,
    maximum: MAX_VERSION,
  })
  @IsInt()
  @Min(1)
  @Max(MAX_VERSION)
  version: number;

  @ApiPropertyOptional({
    enum: LEAD_OUTCOMES,
    nullable: true,
    description: 'Only when the stage is fechado',
  })
  @Optional({ nullable: true })
  @IsIn(LEAD_OUTCOMES)
  outcome?: LeadOutcome | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @Optional({ nullable: true, emptyToNull: true })
  @Trim()
  @SafeText()
  @IsString()
  @MaxLength(500)
  lost_reason?: string | null;
}

export class MoveLeadDto implements MoveLeadRequest {
  @ApiProperty({ enum: LEAD_STAGES })
  @IsIn(LEAD_STAGES)
  stage: LeadStage;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Place the lead right before (above) this lead of the column',
  })
  @ValidateUUID({ optional: true })
  before_id?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Place the lead right after (below) this lead of the column',
  })
  @ValidateUUID({ optional: true })
  after_id?: string;

  @ApiPropertyOptional({ enum: LEAD_OUTCOMES, description: 'Only with stage fechado: the result' })
  @Optional()
  @IsIn(LEAD_OUTCOMES)
  outcome?: LeadOutcome;

  @ApiPropertyOptional({ description: 'Required when outcome is lost' })
  @Optional()
  @Trim()
  @IsString()
  @SafeText()
  @MaxLength(500)
  lost_reason?: string;
}

/** Who and what to show: the filters of the lead list and of the board. */
export class LeadFiltersDto {
  @ApiPropertyOptional({ description: 'A member id, `me` or `none` (unassigned)' })
  @Optional()
  @ValidateIf((_, value) => value !== 'me' && value !== 'none')
  @IsUUID(undefined, { message: 'assigned_user_id must be a UUID, "me" or "none"' })
  assigned_user_id?: string;

  @ApiPropertyOptional()
  @Optional()
  @IsString()
  @MaxLength(40)
  tag?: string;

  @ApiPropertyOptional({ enum: LEAD_PRIORITIES })
  @Optional()
  @IsIn(LEAD_PRIORITIES)
  priority?: LeadPriority;

  @ApiPropertyOptional({ description: 'Name, e-mail or phone; accents and case are ignored' })
  @Optional()
  @Trim()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({
    enum: LEAD_RESULT_FILTERS,
    description: '`open`: no result yet; `won` / `lost`: closed deals with that result',
  })
  @Optional()
  @IsIn(LEAD_RESULT_FILTERS)
  outcome?: LeadResultFilter;

  @ApiPropertyOptional({
    type: Boolean,
    description:
      '`false`: only leads without an open activity ("sem próxima atividade"); `true`: only leads with one',
  })
  @Optional()
  @QueryBoolean()
  has_next_activity?: boolean;
}

export class ListLeadsQueryDto extends IntersectionType(ListQueryDto, LeadFiltersDto) {
  @ApiPropertyOptional({ enum: LEAD_STAGES })
  @Optional()
  @IsIn(LEAD_STAGES)
  stage?: LeadStage;

  @ApiPropertyOptional({ enum: LEAD_SORTS, default: '-created_at' })
  @Optional()
  @IsIn(LEAD_SORTS)
  sort: LeadSort = '-created_at';
}

/** The list's filters, for `GET /leads/export.csv`: the export is what the list shows. */
export class ExportLeadsQueryDto extends LeadFiltersDto {
  @ApiPropertyOptional({ enum: LEAD_STAGES })
  @Optional()
  @IsIn(LEAD_STAGES)
  stage?: LeadStage;
}

export class PipelineQueryDto extends LeadFiltersDto {
  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 50, description: 'Cards per column' })
  @Optional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit: number = 50;
}

class LeadAssigneeDto implements LeadAssignee {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty()
  name: string;
  @ApiProperty({ type: String, nullable: true })
  avatar_url: string | null;
}

class LeadNextActivityDto implements LeadNextActivity {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ACTIVITY_TYPES }) type: ActivityType;
  @ApiProperty() subject: string;
  @ApiProperty({ format: 'date-time' }) due_at: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) assigned_user_id: string | null;
}

class LeadHealthDto implements LeadHealth {
  @ApiProperty({ format: 'date-time', description: 'Later of entering the stage and last contact' })
  idle_since: string;
  @ApiProperty() idle_days: number;
  @ApiProperty({ description: "Idle for at least the stage's rotting days" }) rotting: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) unanswered_since:
    string | null;
  @ApiProperty({ description: "Waiting for at least the stage's unanswered hours" })
  unanswered: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) whatsapp_window_closes_at:
    string | null;
}

export class LeadDto implements LeadResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) organization_id: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) email: string | null;
  @ApiProperty({ type: String, nullable: true, example: '+5511987654321' }) phone: string | null;
  @ApiProperty({ enum: LEAD_STAGES }) stage: LeadStage;
  @ApiProperty({ type: String, nullable: true }) source: string | null;
  @ApiProperty({ type: String, nullable: true, example: '1500.00' }) estimated_value: string | null;
  @ApiProperty({ type: Number, nullable: true, example: 150000 }) estimated_value_cents:
    number | null;
  @ApiProperty({ type: [String] }) tags: string[];
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) assigned_user_id: string | null;
  @ApiProperty({ type: LeadAssigneeDto, nullable: true }) assigned_user: LeadAssigneeDto | null;
  @ApiProperty({ enum: LEAD_PRIORITIES }) priority: LeadPriority;
  @ApiProperty({ enum: LEAD_OUTCOMES, nullable: true }) outcome: LeadOutcome | null;
  @ApiProperty({ type: String, nullable: true }) lost_reason: string | null;
  @ApiProperty({ format: 'date-time', description: 'When the lead entered its stage' })
  stage_changed_at: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) last_contact_at:
    string | null;
  @ApiProperty({ enum: CHANNELS, nullable: true }) last_contact_channel: Channel | null;
  @ApiProperty() communications_count: number;
  @ApiProperty() has_ai_summary: boolean;
  @ApiProperty({ type: LeadNextActivityDto, nullable: true, description: 'Earliest open activity' })
  next_activity: LeadNextActivityDto | null;
  @ApiProperty({ type: LeadHealthDto, nullable: true, description: 'Null once won or lost' })
  health: LeadHealthDto | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) closed_at: string | null;
  @ApiProperty({ description: 'Opaque rank inside the column' }) position: string;
  @ApiProperty() version: number;
  @ApiProperty({ format: 'date-time' }) created_at: string;
  @ApiProperty({ format: 'date-time' }) updated_at: string;
}

export class LeadListDto {
  @ApiProperty({ type: [LeadDto] }) items: LeadDto[];
  @ApiProperty({ type: String, nullable: true }) next_cursor: string | null;
}

export class PipelineColumnDto {
  @ApiProperty({ enum: LEAD_STAGES }) stage: LeadStage;
  @ApiProperty() count: number;
  @ApiProperty({
    example: '12500.00',
    description: 'Exact total in BRL as a decimal string; always present, never rounded',
  })
  total_estimated_value: string;
  @ApiProperty({
    type: Number,
    nullable: true,
    example: 1250000,
    description:
      'Total in integer cents while it is at most Number.MAX_SAFE_INTEGER; null beyond that (read total_estimated_value)',
  })
  total_estimated_value_cents: number | null;
  @ApiProperty({ type: [LeadDto] }) items: LeadDto[];
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'GET /leads?stage=…&sort=position&cursor=…',
  })
  next_cursor: string | null;
}

export class PipelineDto {
  @ApiProperty({ type: [PipelineColumnDto] }) columns: PipelineColumnDto[];
}
