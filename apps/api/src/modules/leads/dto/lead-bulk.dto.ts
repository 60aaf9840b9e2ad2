import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsString,
  MaxLength,
  MinLength,
  ValidateIf,
} from 'class-validator';
import {
  BULK_LEAD_ACTIONS,
  BULK_LEADS_MAX,
  LEAD_STAGES,
  type BulkLeadAction,
  type BulkLeadsRequest,
  type BulkLeadsResponse,
  type LeadStage,
} from '@loved/shared';
import { SafeText, Trim, ValidateUUID } from '../../../core/http/validation';

export class BulkLeadsDto implements BulkLeadsRequest {
  @ApiProperty({ type: [String], format: 'uuid', maxItems: BULK_LEADS_MAX })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(BULK_LEADS_MAX)
  @ValidateUUID({ each: true })
  @Transform(({ value }: { value: unknown }) =>
    Array.isArray(value) ? [...new Set(value)] : value,
  )
  ids: string[];

  @ApiProperty({ enum: BULK_LEAD_ACTIONS })
  @IsIn(BULK_LEAD_ACTIONS)
  action: BulkLeadAction;

  @ApiPropertyOptional({ enum: LEAD_STAGES, description: 'With move_stage' })
  @ValidateIf((body: BulkLeadsDto) => body.action === 'move_stage')
  @IsIn(LEAD_STAGES)
  stage?: LeadStage;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'With assign' })
  @ValidateIf((body: BulkLeadsDto) => body.action === 'assign' && body.assigned_user_id !== null)
  @ValidateUUID()
  assigned_user_id?: string | null;

  @ApiPropertyOptional({ description: 'With add_tag / remove_tag' })
  @ValidateIf((body: BulkLeadsDto) => body.action === 'add_tag' || body.action === 'remove_tag')
  @Trim()
  @IsString()
  @SafeText()
  @MinLength(1)
  @MaxLength(40)
  tag?: string;
}

export class BulkLeadsResultDto implements BulkLeadsResponse {
  @ApiProperty({ enum: BULK_LEAD_ACTIONS }) action: BulkLeadAction;
  @ApiProperty({ description: 'Leads changed (a lead already in the state counts too)' })
  affected: number;
  @ApiProperty({ type: [String], format: 'uuid' }) ids: string[];
}
