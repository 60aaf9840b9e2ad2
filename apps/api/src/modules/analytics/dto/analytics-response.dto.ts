import { ApiProperty } from '@nestjs/swagger';
import {
  CHANNELS,
  LEAD_STAGES,
  type ActivitiesDoneResponse,
  type AnalyticsPeriod,
  type Channel,
  type FirstResponseResponse,
  type FunnelResponse,
  type LeadStage,
  type LostReasonsResponse,
  type PipelineValueResponse,
  type ValueBucket,
  type WinRateResponse,
} from '@loved/shared';

export class AnalyticsPeriodDto implements AnalyticsPeriod {
  @ApiProperty({ format: 'date', description: 'First day, inclusive' }) from: string;
  @ApiProperty({ format: 'date', description: 'Last day, inclusive' }) to: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'null: everyone' })
  owner_id: string | null;
  @ApiProperty({ example: 'America/Sao_Paulo', description: 'Where the days begin and end' })
  time_zone: string;
}

export class AnalyticsUserDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: 'Empty when the user is no longer a member' }) name: string;
}

export class ValueBucketDto implements ValueBucket {
  @ApiProperty() count: number;
  @ApiProperty({ description: 'Sum of estimated values in cents' }) value_cents: number;
  @ApiProperty({ example: '1500.00', description: 'The same sum as an exact decimal string' })
  value: string;
}

export class FunnelStageDto {
  @ApiProperty({ enum: [...LEAD_STAGES, 'won'] }) stage: LeadStage | 'won';
  @ApiProperty({ description: 'Leads of the cohort that were ever in this stage or a later one' })
  reached: number;
  @ApiProperty({
    type: String,
    nullable: true,
    example: '0.5000',
    description: 'reached / reached by the previous stage, 4 places; null for the first',
  })
  conversion_from_previous: string | null;
}

export class FunnelDto implements FunnelResponse {
  @ApiProperty({ type: AnalyticsPeriodDto }) period: AnalyticsPeriodDto;
  @ApiProperty({ type: [FunnelStageDto] }) stages: FunnelStageDto[];
}

export class StageValueDto extends ValueBucketDto {
  @ApiProperty({ enum: LEAD_STAGES }) stage: LeadStage;
}

export class OwnerValueDto extends ValueBucketDto {
  @ApiProperty({ type: AnalyticsUserDto, nullable: true, description: 'null: unassigned' })
  owner: AnalyticsUserDto | null;
}

export class PipelineValueDto implements PipelineValueResponse {
  @ApiProperty({ type: AnalyticsPeriodDto }) period: AnalyticsPeriodDto;
  @ApiProperty({ type: [StageValueDto], description: 'Every stage, in board order' })
  by_stage: StageValueDto[];
  @ApiProperty({ type: [OwnerValueDto], description: 'Highest value first' })
  by_owner: OwnerValueDto[];
}

export class WinRateDto implements WinRateResponse {
  @ApiProperty({ type: AnalyticsPeriodDto }) period: AnalyticsPeriodDto;
  @ApiProperty({ type: ValueBucketDto }) won: ValueBucketDto;
  @ApiProperty({ type: ValueBucketDto }) lost: ValueBucketDto;
  @ApiProperty({ type: String, nullable: true, example: '0.4000', description: 'won / closed' })
  win_rate: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    example: '12.5',
    description: 'Mean days from creation to close of the won leads, 1 place',
  })
  average_cycle_days: string | null;
}

export class LostReasonCountDto {
  @ApiProperty({ description: 'As recorded on the lead; empty when none was' }) reason: string;
  @ApiProperty() count: number;
  @ApiProperty() value_cents: number;
}

export class LostReasonsDto implements LostReasonsResponse {
  @ApiProperty({ type: AnalyticsPeriodDto }) period: AnalyticsPeriodDto;
  @ApiProperty() won: number;
  @ApiProperty() lost: number;
  @ApiProperty({ type: [LostReasonCountDto], description: 'Most frequent first' })
  reasons: LostReasonCountDto[];
}

export class RepActivitiesDto {
  @ApiProperty({ type: AnalyticsUserDto, nullable: true, description: 'null: unassigned' })
  user: AnalyticsUserDto | null;
  @ApiProperty({ description: 'Activities completed in the period' }) done: number;
  @ApiProperty({ description: 'Open activities due before now (whatever the period)' })
  overdue_open: number;
}

export class ActivitiesDoneDto implements ActivitiesDoneResponse {
  @ApiProperty({ type: AnalyticsPeriodDto }) period: AnalyticsPeriodDto;
  @ApiProperty({ type: [RepActivitiesDto] }) reps: RepActivitiesDto[];
}

export class FirstResponseRowDto {
  @ApiProperty({ type: AnalyticsUserDto, nullable: true, description: 'Author of the reply' })
  agent: AnalyticsUserDto | null;
  @ApiProperty({ enum: CHANNELS }) channel: Channel;
  @ApiProperty() replied: number;
  @ApiProperty({ description: 'Whole seconds, rounded' }) average_seconds: number;
  @ApiProperty({ description: 'Whole seconds, rounded' }) median_seconds: number;
}

export class FirstResponseDto implements FirstResponseResponse {
  @ApiProperty({ type: AnalyticsPeriodDto }) period: AnalyticsPeriodDto;
  @ApiProperty({ type: [FirstResponseRowDto] }) rows: FirstResponseRowDto[];
  @ApiProperty({ description: 'Conversations opened in the period still without a reply' })
  unanswered: number;
}
