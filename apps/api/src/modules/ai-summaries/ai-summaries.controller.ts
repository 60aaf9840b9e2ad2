import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import type { AiSummaryResponse, ListEnvelope } from '@loved/shared';
import { ProblemDetailsDto } from '../../core/http/problem-details.dto';
import { AiSummariesService } from './ai-summaries.service';
import { AiSummaryDto, AiSummaryListDto, AiSummaryListQueryDto } from './dto/ai-summary.dto';

@ApiTags('ai-summaries')
@Controller()
export class AiSummariesController {
  constructor(private readonly summaries: AiSummariesService) {}

  @Post('leads/:id/ai-summaries')
  @HttpCode(202)
  @ApiOperation({
    summary:
      "Summarise the lead's whole timeline with AI (sentiment, next actions): answers the pending summary; `ai_summary.ready` follows on the event stream when it is done or failed",
  })
  @ApiAcceptedResponse({ type: AiSummaryDto })
  @ApiNotFoundResponse({ type: ProblemDetailsDto, description: 'LEAD_NOT_FOUND' })
  @ApiTooManyRequestsResponse({
    type: ProblemDetailsDto,
    description:
      "AI_SUMMARY_QUOTA_EXCEEDED: the plan's monthly summaries are used up; with `limit`, `used`, `resets_at` and `Retry-After`",
  })
  request(@Param('id', ParseUUIDPipe) id: string): Promise<AiSummaryResponse> {
    return this.summaries.request(id);
  }

  @Get('ai-summaries')
  @ApiOperation({
    summary:
      "The organisation's AI summaries (or one lead's with `lead_id`), newest first; agents see those of their own and unassigned leads",
  })
  @ApiOkResponse({ type: AiSummaryListDto })
  @ApiNotFoundResponse({ type: ProblemDetailsDto, description: 'LEAD_NOT_FOUND (lead_id)' })
  list(@Query() query: AiSummaryListQueryDto): Promise<ListEnvelope<AiSummaryResponse>> {
    return this.summaries.list(query);
  }

  @Get('ai-summaries/:id')
  @ApiOperation({ summary: 'One AI summary' })
  @ApiOkResponse({ type: AiSummaryDto })
  @ApiNotFoundResponse({ type: ProblemDetailsDto, description: 'AI_SUMMARY_NOT_FOUND' })
  get(@Param('id', ParseUUIDPipe) id: string): Promise<AiSummaryResponse> {
    return this.summaries.get(id);
  }
}
