import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
} from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import {
  ApiKeyScope,
  Role,
  type BulkLeadsResponse,
  type LeadResponse,
  type ListEnvelope,
  type PipelineResponse,
} from '@loved/shared';
import { ApiKeyScopeRequired } from '../../core/auth/api-key-scope.decorator';
import { ProblemDetailsDto } from '../../core/http/problem-details.dto';
import { Roles } from '../../core/tenancy/roles.decorator';
import {
  CreateLeadDto,
  LeadDto,
  LeadListDto,
  ListLeadsQueryDto,
  MoveLeadDto,
  PipelineDto,
  PipelineQueryDto,
  UpdateLeadDto,
} from './dto/lead.dto';
import { LeadMoveService } from './lead-move.service';
import { LeadsService } from './leads.service';
import { PipelineService } from './pipeline.service';
import { LeadResultService } from './lead-result.service';
import { LeadBulkService } from './lead-bulk.service';
import { BulkLeadsDto, BulkLeadsResultDto } from './dto/lead-bulk.dto';
import { CloseLeadDto, ReopenLeadDto } from './dto/lead-result.dto';

@ApiTags('leads')
@Controller()
export class LeadsController {
  constructor(
    private readonly leads: LeadsService,
    private readonly moves: LeadMoveService,
    private readonly pipeline: PipelineService,
    private readonly results: LeadResultService,
    private readonly bulkActions: LeadBulkService,
  ) {}

  @Get('leads')
  @ApiKeyScopeRequired(ApiKeyScope.LeadsRead)
  @ApiOperation({
    summary: 'Leads the caller may see (agents: their own and unassigned), filtered and paginated',
  })
  @ApiOkResponse({ type: LeadListDto })
  list(@Query() query: ListLeadsQueryDto): Promise<ListEnvelope<LeadResponse>> {
    return this.leads.list(query);
  }

  @Post('leads')
  @ApiKeyScopeRequired(ApiKeyScope.LeadsWrite)
  @ApiOperation({
    summary: 'Create a lead at the top of its column; 409 if its phone or e-mail exists',
  })
  @ApiCreatedResponse({ type: LeadDto })
  @ApiConflictResponse({
    type: ProblemDetailsDto,
    description: 'LEAD_DUPLICATE, with `existing_lead`',
  })
  create(@Body() body: CreateLeadDto): Promise<LeadResponse> {
    const { allow_duplicate, ...input } = body;
    return this.leads.create(input, { allowDuplicate: allow_duplicate });
  }

  @Get('leads/:id')
  @ApiKeyScopeRequired(ApiKeyScope.LeadsRead)
  @ApiOperation({ summary: 'One lead' })
  @ApiOkResponse({ type: LeadDto })
  @ApiNotFoundResponse({ type: ProblemDetailsDto })
  get(@Param('id', ParseUUIDPipe) id: string): Promise<LeadResponse> {
    return this.leads.get(id);
  }

  @Patch('leads/:id')
  @ApiKeyScopeRequired(ApiKeyScope.LeadsWrite)
  @ApiOperation({ summary: 'Edit a lead; needs the current `version` (stale: 409 with `current`)' })
  @ApiOkResponse({ type: LeadDto })
  @ApiNotFoundResponse({ type: ProblemDetailsDto })
  @ApiConflictResponse({
    type: ProblemDetailsDto,
    description: 'LEAD_STALE_VERSION with `current`, or LEAD_DUPLICATE',
  })
  update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateLeadDto,
  ): Promise<LeadResponse> {
    return this.leads.update(id, body);
  }

  @Delete('leads/:id')
  @ApiKeyScopeRequired(ApiKeyScope.LeadsWrite)
  @Roles(Role.Admin, Role.Manager)
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a lead (manager or admin)' })
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ type: ProblemDetailsDto })
  remove(@Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.leads.remove(id);
  }

  @Post('leads/:id/move')
  @ApiKeyScopeRequired(ApiKeyScope.LeadsWrite)
  @HttpCode(200)
  @ApiOperation({
    summary: 'Move a card to a stage, before/after a neighbour or to the top of the column',
  })
  @ApiOkResponse({ type: LeadDto })
  @ApiNotFoundResponse({ type: ProblemDetailsDto })
  @ApiConflictResponse({ type: ProblemDetailsDto, description: 'LEAD_NEIGHBOUR_NOT_IN_STAGE' })
  move(@Param('id', ParseUUIDPipe) id: string, @Body() body: MoveLeadDto): Promise<LeadResponse> {
    return this.moves.move(id, body);
  }

  @Post('leads/bulk')
  @ApiKeyScopeRequired(ApiKeyScope.LeadsWrite)
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Bulk move stage / assign / add or remove a tag / delete (delete: manager or admin): one transaction, one live event per lead; an id the caller cannot change fails the whole request (404 with missing_ids)',
  })
  @ApiOkResponse({ type: BulkLeadsResultDto })
  @ApiNotFoundResponse({ type: ProblemDetailsDto, description: 'LEAD_NOT_FOUND with missing_ids' })
  @ApiForbiddenResponse({
    type: ProblemDetailsDto,
    description: 'LEAD_DELETE_NOT_ALLOWED, LEAD_ASSIGNMENT_NOT_ALLOWED',
  })
  bulk(@Body() body: BulkLeadsDto): Promise<BulkLeadsResponse> {
    return this.bulkActions.apply(body);
  }

  @Post('leads/:id/close')
  @ApiKeyScopeRequired(ApiKeyScope.LeadsWrite)
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Won or lost: moves the lead to Fechado (top of the column) if needed and sets its result in one transaction; lost needs lost_reason',
  })
  @ApiOkResponse({ type: LeadDto })
  @ApiNotFoundResponse({ type: ProblemDetailsDto })
  @ApiBadRequestResponse({ type: ProblemDetailsDto, description: 'LEAD_LOST_REASON_REQUIRED' })
  close(@Param('id', ParseUUIDPipe) id: string, @Body() body: CloseLeadDto): Promise<LeadResponse> {
    return this.results.close(id, body);
  }

  @Post('leads/:id/reopen')
  @ApiKeyScopeRequired(ApiKeyScope.LeadsWrite)
  @HttpCode(200)
  @ApiOperation({
    summary: 'Clear the result and move the lead back to an open stage (default negociacao)',
  })
  @ApiOkResponse({ type: LeadDto })
  @ApiNotFoundResponse({ type: ProblemDetailsDto })
  reopen(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: ReopenLeadDto,
  ): Promise<LeadResponse> {
    return this.results.reopen(id, body);
  }

  @Get('pipeline')
  @ApiKeyScopeRequired(ApiKeyScope.LeadsRead)
  @ApiOperation({
    summary:
      'The board: per stage, count, BRL total and the first cards, with the lead filters applied',
  })
  @ApiOkResponse({ type: PipelineDto })
  board(@Query() query: PipelineQueryDto): Promise<PipelineResponse> {
    const { limit, ...filters } = query;
    return this.pipeline.board(limit, filters);
  }
}
