import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  Max,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  LEAD_STAGES,
  type LeadStage,
  type StageHealthSetting,
  type StageHealthSettingsResponse,
  type UpdateStageHealthSettingsRequest,
} from '@loved/shared';

const ROTTING_DAYS_MAX = 365;
const UNANSWERED_HOURS_MAX = 720;

export class StageHealthSettingDto implements StageHealthSetting {
  @ApiProperty({ enum: LEAD_STAGES })
  @IsIn(LEAD_STAGES, { message: `stage must be one of: ${LEAD_STAGES.join(', ')}` })
  stage: LeadStage;

  @ApiProperty({
    type: Number,
    nullable: true,
    minimum: 1,
    maximum: ROTTING_DAYS_MAX,
    description: 'Days without a stage change or contact before the deal is rotting; null = off',
  })
  @ValidateIf((_, value) => value !== null)
  @IsInt()
  @Min(1)
  @Max(ROTTING_DAYS_MAX)
  rotting_days: number | null;

  @ApiProperty({
    type: Number,
    nullable: true,
    minimum: 1,
    maximum: UNANSWERED_HOURS_MAX,
    description: 'Hours a customer message may wait for a reply; null = off',
  })
  @ValidateIf((_, value) => value !== null)
  @IsInt()
  @Min(1)
  @Max(UNANSWERED_HOURS_MAX)
  unanswered_hours: number | null;
}

export class UpdateStageHealthSettingsDto implements UpdateStageHealthSettingsRequest {
  @ApiProperty({ type: [StageHealthSettingDto], description: 'One entry per stage to change' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(LEAD_STAGES.length)
  @ArrayUnique((setting: StageHealthSettingDto) => setting.stage, {
    message: 'each stage may appear once',
  })
  @ValidateNested({ each: true })
  @Type(() => StageHealthSettingDto)
  stages: StageHealthSettingDto[];
}

export class StageHealthSettingsDto implements StageHealthSettingsResponse {
  @ApiProperty({ type: [StageHealthSettingDto] })
  stages: StageHealthSettingDto[];
}
