import { Controller, Get, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type {
  ActivitiesDoneResponse,
  FirstResponseResponse,
  FunnelResponse,
  LostReasonsResponse,
  PipelineValueResponse,
  WinRateResponse,
} from '@loved/shared';
import { ProblemDetailsDto } from '../../core/http/problem-details.dto';
import { AnalyticsQueryDto } from './dto/analytics-query.dto';
import {
  ActivitiesDoneDto,
  FirstResponseDto,
  FunnelDto,
  LostReasonsDto,
  PipelineValueDto,
  WinRateDto,
} from './dto/analytics-response.dto';
import { ActivitiesReportService } from './reports/activities-report.service';
import { FirstResponseReportService } from './reports/first-response-report.service';
import { FunnelReportService } from './reports/funnel-report.service';
import { LostReasonsReportService } from './reports/lost-reasons-report.service';
import { PipelineValueReportService } from './reports/pipeline-value-report.service';
import { WinRateReportService } from './reports/win-rate-report.service';

const PERIOD_ERRORS = 'Bad date, `from` after `to`, more than 366 days, or a bad owner_id';
const OWNER_ERRORS = 'ANALYTICS_OWNER_FORBIDDEN: an agent asked for another owner';

@ApiTags('analytics')
@ApiBadRequestResponse({ type: ProblemDetailsDto, description: PERIOD_ERRORS })
@ApiForbiddenResponse({ type: ProblemDetailsDto, description: OWNER_ERRORS })
@Controller('analytics')
export class AnalyticsController {
  constructor(
    private readonly funnelReport: FunnelReportService,
    private readonly pipelineValueReport: PipelineValueReportService,
    private readonly winRateReport: WinRateReportService,
    private readonly lostReasonsReport: LostReasonsReportService,
    private readonly activitiesReport: ActivitiesReportService,
    private readonly firstResponseReport: FirstResponseReportService,
  ) {}

  @Get('funnel')
  @ApiOperation({
    summary: 'Of the leads created in the period, how many reached each stage, and won',
  })
  @ApiOkResponse({ type: FunnelDto })
  funnel(@Query() query: AnalyticsQueryDto): Promise<FunnelResponse> {
    return this.funnelReport.report(query);
  }

  @Get('pipeline-value')
  @ApiOperation({ summary: 'Open leads now by stage and by owner (the period is ignored)' })
  @ApiOkResponse({ type: PipelineValueDto })
  pipelineValue(@Query() query: AnalyticsQueryDto): Promise<PipelineValueResponse> {
    return this.pipelineValueReport.report(query);
  }

  @Get('win-rate')
  @ApiOperation({ summary: 'Leads closed in the period: won, lost, win rate, average cycle' })
  @ApiOkResponse({ type: WinRateDto })
  winRate(@Query() query: AnalyticsQueryDto): Promise<WinRateResponse> {
    return this.winRateReport.report(query);
  }

  @Get('lost-reasons')
  @ApiOperation({ summary: 'Leads lost in the period by reason, most frequent first' })
  @ApiOkResponse({ type: LostReasonsDto })
  lostReasons(@Query() query: AnalyticsQueryDto): Promise<LostReasonsResponse> {
    return this.lostReasonsReport.report(query);
  }

  @Get('activities')
  @ApiOperation({
    summary: 'Activities completed in the period and overdue open ones, by assignee',
    description: '`owner_id` narrows to the activities assigned to that member.',
  })
  @ApiOkResponse({ type: ActivitiesDoneDto })
  activities(@Query() query: AnalyticsQueryDto): Promise<ActivitiesDoneResponse> {
    return this.activitiesReport.report(query);
  }

  @Get('first-response')
  @ApiOperation({
    summary: 'Time to the first reply to customer messages, by replying agent and channel',
    description:
      'A customer message opens a conversation when the message before it on the same lead and channel is ours (or there is none); notes never count. `owner_id` narrows to the leads that member owns.',
  })
  @ApiOkResponse({ type: FirstResponseDto })
  firstResponse(@Query() query: AnalyticsQueryDto): Promise<FirstResponseResponse> {
    return this.firstResponseReport.report(query);
  }
}
