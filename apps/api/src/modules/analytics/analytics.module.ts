import { Module } from '@nestjs/common';
import { AnalyticsController } from './analytics.controller';
import { AnalyticsPeriodService } from './analytics-period.service';
import { ActivitiesReportService } from './reports/activities-report.service';
import { FirstResponseReportService } from './reports/first-response-report.service';
import { FunnelReportService } from './reports/funnel-report.service';
import { LostReasonsReportService } from './reports/lost-reasons-report.service';
import { PipelineValueReportService } from './reports/pipeline-value-report.service';
import { WinRateReportService } from './reports/win-rate-report.service';

/**
 * Sales analytics (issue 17): read-only reports computed in SQL over leads, their events,
 * activities and communications, inside the request's tenant transaction (RLS applies).
 */
@Module({
  controllers: [AnalyticsController],
  providers: [
    AnalyticsPeriodService,
    FunnelReportService,
    PipelineValueReportService,
    WinRateReportService,
    LostReasonsReportService,
    ActivitiesReportService,
    FirstResponseReportService,
  ],
})
export class AnalyticsModule {}
