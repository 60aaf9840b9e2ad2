import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Role, type StageHealthSettingsResponse } from '@loved/shared';
import { ProblemDetailsDto } from '../../core/http/problem-details.dto';
import { Roles } from '../../core/tenancy/roles.decorator';
import {
  StageHealthSettingsDto,
  UpdateStageHealthSettingsDto,
} from './dto/stage-health-settings.dto';
import { StageHealthSettingsService } from './stage-health-settings.service';

@ApiTags('leads')
@Controller('pipeline/health-settings')
export class StageHealthSettingsController {
  constructor(private readonly settings: StageHealthSettingsService) {}

  @Get()
  @ApiOperation({
    summary: 'Deal-health thresholds of every stage (rotting days, unanswered hours)',
  })
  @ApiOkResponse({ type: StageHealthSettingsDto })
  get(): Promise<StageHealthSettingsResponse> {
    return this.settings.get();
  }

  @Put()
  @Roles(Role.Admin)
  @ApiOperation({
    summary: 'Change the thresholds of some stages (admin); null turns a signal off',
  })
  @ApiOkResponse({ type: StageHealthSettingsDto })
  @ApiForbiddenResponse({ type: ProblemDetailsDto, description: 'Not an admin' })
  update(@Body() body: UpdateStageHealthSettingsDto): Promise<StageHealthSettingsResponse> {
    return this.settings.update(body);
  }
}
