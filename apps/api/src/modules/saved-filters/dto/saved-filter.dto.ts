import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsObject, IsString, MaxLength, MinLength, ValidateNested } from 'class-validator';
import {
  LEAD_SORTS,
  LEAD_STAGES,
  type CreateSavedFilterRequest,
  type LeadSort,
  type LeadStage,
  type SavedFilter,
} from '@loved/shared';
import { Optional, SafeText, Trim } from '../../../core/http/validation';
import { LeadFiltersDto } from '../../leads/dto/lead.dto';

/** The board's and list's filters, as their query parameters take them. */
export class SavedFilterFiltersDto extends LeadFiltersDto {
  @ApiPropertyOptional({ enum: LEAD_STAGES })
  @Optional()
  @IsIn(LEAD_STAGES)
  stage?: LeadStage;

  @ApiPropertyOptional({ enum: LEAD_SORTS })
  @Optional()
  @IsIn(LEAD_SORTS)
  sort?: LeadSort;
}

export class CreateSavedFilterDto implements CreateSavedFilterRequest {
  @ApiProperty({ example: 'Minhas negociações quentes', maxLength: 100 })
  @Trim()
  @IsString()
  @SafeText()
  @MinLength(1)
  @MaxLength(100)
  name: string;

  @ApiProperty({ type: SavedFilterFiltersDto })
  @IsObject()
  @ValidateNested()
  @Type(() => SavedFilterFiltersDto)
  filters: SavedFilterFiltersDto;
}

export class SavedFilterDto implements SavedFilter {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: SavedFilterFiltersDto }) filters: SavedFilterFiltersDto;
  @ApiProperty({ format: 'date-time' }) created_at: string;
}

export class SavedFilterListDto {
  @ApiProperty({ type: [SavedFilterDto] }) items: SavedFilterDto[];
}
