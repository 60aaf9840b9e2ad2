import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, MaxLength } from 'class-validator';
import {
  LEAD_OUTCOMES,
  LEAD_STAGES,
  type CloseLeadRequest,
  type LeadOutcome,
  type LeadStage,
  type ReopenLeadRequest,
} from '@loved/shared';
import { Optional, SafeText, Trim } from '../../../core/http/validation';

export class CloseLeadDto implements CloseLeadRequest {
  @ApiProperty({ enum: LEAD_OUTCOMES })
  @IsIn(LEAD_OUTCOMES)
  outcome: LeadOutcome;

  @ApiPropertyOptional({ description: 'Required when lost: one of the lost reasons, or free text' })
  @Optional()
  @Trim()
  @IsString()
  @SafeText()
  @MaxLength(500)
  lost_reason?: string;
}

export class ReopenLeadDto implements ReopenLeadRequest {
  @ApiPropertyOptional({ enum: LEAD_STAGES, default: 'negociacao' })
  @Optional()
  @IsIn(LEAD_STAGES.filter((stage) => stage !== 'fechado'), {
    message: 'stage must be an open stage (not fechado)',
  })
  stage?: LeadStage;
}
