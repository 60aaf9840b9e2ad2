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
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
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
  LEAD_PRIORITIES,
  LEAD_SORTS,
  LEAD_STAGES,
  type Channel,
  type CreateLeadRequest,
  type LeadAssignee,
  type LeadOutcome,
  type LeadPriority,
  type LeadResponse,
  type LeadSort,
  type LeadStage,
  type MoveLeadRequest,
  type UpdateLeadRequest,
} from '@loved/shared';
import { ListQueryDto } from '../../../core/http/list-query.dto';

const trim = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? value.trim() : value;
const emptyToNull = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' && value.trim() === ''
    ? null
    : typeof value === 'string'
      ? value.trim()
      : value;
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
const DECIMAL = /^\d{1,13}(\.\d{1,2})?$/;

export class CreateLeadDto implements CreateLeadRequest {
  @ApiProperty({ example: 'João Silva', maxLength: 200 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'joao@empresa.com.br' })
  @IsOptional()
  @Transform(emptyToNull)
  @ValidateIf((_, value) => value !== null)
  @IsEmail()
  @MaxLength(254)
  email?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: '(11) 98765-4321',
    description: 'Stored as E.164 (default region BR)',
  })
  @IsOptional()
  @Transform(emptyToNull)
  @ValidateIf((_, value) => value !== null)
  @IsString()
  @MaxLength(40)
  phone?: string | null;

  @ApiPropertyOptional({ enum: LEAD_STAGES, default: 'lead' })
  @IsOptional()
  @IsIn(LEAD_STAGES)
  stage?: LeadStage;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'Instagram' })
  @IsOptional()
  @Transform(emptyToNull)
  @ValidateIf((_, value) => value !== null)
  @IsString()
  @MaxLength(100)
  source?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: '1500.00',
    description: 'BRL as an exact decimal string',
  })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsString()
  @Matches(DECIMAL, { message: 'estimated_value must be a decimal string such as "1500.00"' })
  estimated_value?: string | null;

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    example: 150000,
    description: 'BRL in integer cents',
  })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsInt()
  @Min(0)
  estimated_value_cents?: number | null;

  @ApiPropertyOptional({ type: [String], example: ['site', 'urgente'] })
  @IsOptional()
  @Transform(normalizeTags)
  @IsString({ each: true })
  @MaxLength(40, { each: true })
  @ArrayMaxSize(20)
  tags?: string[];

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsUUID()
  assigned_user_id?: string | null;

  @ApiPropertyOptional({ enum: LEAD_PRIORITIES, default: 'medium' })
  @IsOptional()
  @IsIn(LEAD_PRIORITIES)
  priority?: LeadPriority;

  @ApiPropertyOptional({
    default: false,
    description: 'Create even if a lead has the same phone or e-mail',
  })
  @IsOptional()
  @IsBoolean()
  allow_duplicate?: boolean;
}

/** Every field of a new lead, all optional, plus the version read and the outcome. */
export class UpdateLeadDto
  extends PartialType(OmitType(CreateLeadDto, ['allow_duplicate'] as const))
  implements UpdateLeadRequest
{
  @ApiProperty({
    description: 'The version you last read; a stale one answers 409 with the current lead',
  })
  @IsInt()
  @Min(1)
  version: number;

  @ApiPropertyOptional({
    enum: LEAD_OUTCOMES,
    nullable: true,
    description: 'Only when the stage is fechado',
  })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsIn(LEAD_OUTCOMES)
  outcome?: LeadOutcome | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @Transform(emptyToNull)
  @ValidateIf((_, value) => value !== null)
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
  @IsOptional()
  @IsUUID()
  before_id?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Place the lead right after (below) this lead of the column',
  })
  @IsOptional()
  @IsUUID()
  after_id?: string;
}

/** Who and what to show: the filters of the lead list and of the board. */
export class LeadFiltersDto {
  @ApiPropertyOptional({ description: 'A member id, `me` or `none` (unassigned)' })
  @IsOptional()
  @ValidateIf((_, value) => value !== 'me' && value !== 'none')
  @IsUUID(undefined, { message: 'assigned_user_id must be a UUID, "me" or "none"' })
  assigned_user_id?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(40)
  tag?: string;

  @ApiPropertyOptional({ enum: LEAD_PRIORITIES })
  @IsOptional()
  @IsIn(LEAD_PRIORITIES)
  priority?: LeadPriority;

  @ApiPropertyOptional({ description: 'Name, e-mail or phone; accents and case are ignored' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(100)
  q?: string;
}

export class ListLeadsQueryDto extends IntersectionType(ListQueryDto, LeadFiltersDto) {
  @ApiPropertyOptional({ enum: LEAD_STAGES })
  @IsOptional()
  @IsIn(LEAD_STAGES)
  stage?: LeadStage;

  @ApiPropertyOptional({ enum: LEAD_SORTS, default: '-created_at' })
  @IsOptional()
  @IsIn(LEAD_SORTS)
  sort: LeadSort = '-created_at';
}

export class PipelineQueryDto extends LeadFiltersDto {
  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 50, description: 'Cards per column' })
  @IsOptional()
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
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) last_contact_at:
    string | null;
  @ApiProperty({ enum: CHANNELS, nullable: true }) last_contact_channel: Channel | null;
  @ApiProperty() communications_count: number;
  @ApiProperty() has_ai_summary: boolean;
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
  @ApiProperty({ example: '12500.00' }) total_estimated_value: string;
  @ApiProperty({ example: 1250000 }) total_estimated_value_cents: number;
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
