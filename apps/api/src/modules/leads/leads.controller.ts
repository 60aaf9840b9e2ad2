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
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Role, type LeadResponse, type ListEnvelope, type PipelineResponse } from '@loved/shared';
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

@ApiTags('leads')
@Controller()
export class LeadsController {
  constructor(
    private readonly leads: LeadsService,
    private readonly moves: LeadMoveService,
    private readonly pipeline: PipelineService,
  ) {}

  @Get('leads')
  @ApiOperation({
    summary: 'Leads the caller may see (agents: their own and unassigned), filtered and paginated',
  })
  @ApiOkResponse({ type: LeadListDto })
  list(@Query() query: ListLeadsQueryDto): Promise<ListEnvelope<LeadResponse>> {
    return this.leads.list(query);
  }

  @Post('leads')
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
  @ApiOperation({ summary: 'One lead' })
  @ApiOkResponse({ type: LeadDto })
  @ApiNotFoundResponse({ type: ProblemDetailsDto })
  get(@Param('id', ParseUUIDPipe) id: string): Promise<LeadResponse> {
    return this.leads.get(id);
  }

  @Patch('leads/:id')
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
  @Roles(Role.Admin, Role.Manager)
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a lead (manager or admin)' })
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ type: ProblemDetailsDto })
  remove(@Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.leads.remove(id);
  }

  @Post('leads/:id/move')
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

  @Get('pipeline')
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
