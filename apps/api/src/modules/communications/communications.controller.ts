import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import {
  ApiKeyScope,
  type CommunicationResponse,
  type CommunicationSearchHit,
  type ListEnvelope,
  type TimelineItem,
} from '@loved/shared';
import { ApiKeyScopeRequired } from '../../core/auth/api-key-scope.decorator';
import { ProblemDetailsDto } from '../../core/http/problem-details.dto';
import { CommunicationSearchService } from './communication-search.service';
import { LeadContactService } from './lead-contact.service';
import {
  CommunicationDto,
  CreateNoteDto,
  LogCallDto,
  SearchListDto,
  SearchQueryDto,
  TimelineListDto,
  TimelineQueryDto,
} from './dto/communication.dto';
import { TimelineService } from './timeline.service';

@ApiTags('communications')
@Controller()
export class CommunicationsController {
  constructor(
    private readonly timeline: TimelineService,
    private readonly search: CommunicationSearchService,
    private readonly contacts: LeadContactService,
  ) {}

  @Get('communications/timeline/:leadId')
  @ApiKeyScopeRequired(ApiKeyScope.CommunicationsRead)
  @ApiOperation({
    summary: "A lead's timeline, newest first: communications and system lines (stage changes…)",
  })
  @ApiOkResponse({ type: TimelineListDto })
  @ApiNotFoundResponse({ type: ProblemDetailsDto })
  getTimeline(
    @Param('leadId', ParseUUIDPipe) leadId: string,
    @Query() query: TimelineQueryDto,
  ): Promise<ListEnvelope<TimelineItem>> {
    return this.timeline.page(leadId, query);
  }

  @Get('communications/search')
  @ApiKeyScopeRequired(ApiKeyScope.CommunicationsRead)
  @ApiOperation({
    summary: 'Full-text search over communications (Portuguese stemming, accents ignored)',
  })
  @ApiOkResponse({ type: SearchListDto })
  searchCommunications(
    @Query() query: SearchQueryDto,
  ): Promise<ListEnvelope<CommunicationSearchHit>> {
    return this.search.search(query.q, query.cursor, query.limit);
  }

  @Post('leads/:id/notes')
  @ApiKeyScopeRequired(ApiKeyScope.CommunicationsWrite)
  @ApiOperation({ summary: 'Add an internal note to the lead' })
  @ApiCreatedResponse({ type: CommunicationDto })
  @ApiNotFoundResponse({ type: ProblemDetailsDto })
  addNote(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: CreateNoteDto,
  ): Promise<CommunicationResponse> {
    return this.contacts.addNote(id, body);
  }

  @Post('leads/:id/calls')
  @ApiKeyScopeRequired(ApiKeyScope.CommunicationsWrite)
  @ApiOperation({ summary: 'Log a phone call made or received outside the CRM' })
  @ApiCreatedResponse({ type: CommunicationDto })
  @ApiNotFoundResponse({ type: ProblemDetailsDto })
  logCall(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: LogCallDto,
  ): Promise<CommunicationResponse> {
    return this.contacts.logCall(id, body);
  }
}
