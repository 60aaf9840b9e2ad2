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
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { ActivityResponse, ListEnvelope, MyDayResponse } from '@loved/shared';
import { ProblemDetailsDto } from '../../core/http/problem-details.dto';
import { ActivitiesService } from './activities.service';
import {
  ActivityDto,
  ActivityListDto,
  CreateActivityDto,
  ListActivitiesQueryDto,
  MyDayDto,
  UpdateActivityDto,
} from './dto/activity.dto';
import { MyDayService } from './my-day.service';

@ApiTags('activities')
@Controller('activities')
export class ActivitiesController {
  constructor(
    private readonly activities: ActivitiesService,
    private readonly days: MyDayService,
  ) {}

  @Get()
  @ApiOperation({
    summary:
      'Activities of the leads the caller may see, filtered, in due order (keyset pages on due_at, id)',
  })
  @ApiOkResponse({ type: ActivityListDto })
  list(@Query() query: ListActivitiesQueryDto): Promise<ListEnvelope<ActivityResponse>> {
    return this.activities.list(query);
  }

  // Before `:id`, so "my-day" is never read as an id.
  @Get('my-day')
  @ApiOperation({
    summary:
      "Minha agenda: the caller's overdue, today's and upcoming activities, in the organisation's time zone",
  })
  @ApiOkResponse({ type: MyDayDto })
  myDay(): Promise<MyDayResponse> {
    return this.days.myDay();
  }

  @Post()
  @ApiOperation({
    summary: 'Schedule an activity on a lead; the assignee defaults to the caller',
  })
  @ApiCreatedResponse({ type: ActivityDto })
  @ApiBadRequestResponse({
    type: ProblemDetailsDto,
    description: 'Invalid fields, or ACTIVITY_ASSIGNEE_NOT_MEMBER (field assigned_user_id)',
  })
  @ApiNotFoundResponse({ type: ProblemDetailsDto, description: 'LEAD_NOT_FOUND' })
  create(@Body() body: CreateActivityDto): Promise<ActivityResponse> {
    return this.activities.create(body);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One activity' })
  @ApiOkResponse({ type: ActivityDto })
  @ApiNotFoundResponse({ type: ProblemDetailsDto, description: 'ACTIVITY_NOT_FOUND' })
  get(@Param('id', ParseUUIDPipe) id: string): Promise<ActivityResponse> {
    return this.activities.get(id);
  }

  @Patch(':id')
  @ApiOperation({
    summary:
      'Edit, reschedule, complete (`done: true`, a timeline entry on the lead) or reopen an activity',
  })
  @ApiOkResponse({ type: ActivityDto })
  @ApiBadRequestResponse({
    type: ProblemDetailsDto,
    description: 'Invalid fields, or ACTIVITY_ASSIGNEE_NOT_MEMBER (field assigned_user_id)',
  })
  @ApiNotFoundResponse({ type: ProblemDetailsDto, description: 'ACTIVITY_NOT_FOUND' })
  update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateActivityDto,
  ): Promise<ActivityResponse> {
    return this.activities.update(id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete an activity' })
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ type: ProblemDetailsDto, description: 'ACTIVITY_NOT_FOUND' })
  async remove(@Param('id', ParseUUIDPipe) id: string): Promise<void> {
    await this.activities.remove(id);
  }
}
