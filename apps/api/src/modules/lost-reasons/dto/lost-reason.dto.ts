import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import type { CreateLostReasonRequest, LostReason, UpdateLostReasonRequest } from '@loved/shared';
import { Optional, SafeText, Trim } from '../../../core/http/validation';

const LABEL_MAX = 100;
const POSITION_MAX = 1000;

export class CreateLostReasonDto implements CreateLostReasonRequest {
  @ApiProperty({ example: 'Preço', maxLength: LABEL_MAX })
  @Trim()
  @IsString()
  @SafeText()
  @MinLength(1)
  @MaxLength(LABEL_MAX)
  label: string;
}

export class UpdateLostReasonDto implements UpdateLostReasonRequest {
  @ApiPropertyOptional({ maxLength: LABEL_MAX })
  @Optional()
  @Trim()
  @IsString()
  @SafeText()
  @MinLength(1)
  @MaxLength(LABEL_MAX)
  label?: string;

  @ApiPropertyOptional({ minimum: 0, maximum: POSITION_MAX, description: 'Place in the list' })
  @Optional()
  @IsInt()
  @Min(0)
  @Max(POSITION_MAX)
  position?: number;
}

export class LostReasonDto implements LostReason {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() label: string;
  @ApiProperty() position: number;
}

export class LostReasonListDto {
  @ApiProperty({ type: [LostReasonDto] }) items: LostReasonDto[];
}
