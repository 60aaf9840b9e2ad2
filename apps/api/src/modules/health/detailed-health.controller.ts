import { Controller, Get } from '@nestjs/common';
import {
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { Role, type DetailedHealthResponse } from '@loved/shared';
import { AllowOpsToken, IsOperator } from '../../core/auth/ops-access.decorator';
import { ProblemDetailsDto } from '../../core/http/problem-details.dto';
import { Roles } from '../../core/tenancy/roles.decorator';
import { DetailedHealthDto } from './detailed-health.dto';
import { DetailedHealthService } from './detailed-health.service';

@ApiTags('health')
@Controller('health')
export class DetailedHealthController {
  constructor(private readonly health: DetailedHealthService) {}

  @Get('detailed')
  @AllowOpsToken()
  @Roles(Role.Admin)
  @ApiOperation({
    summary: 'Dependencies, queue depths and integrations (operators, or an organisation admin)',
    description:
      '`Authorization: Bearer <OPS_TOKEN>` (no X-Org-Id): every provider across organisations. ' +
      "An organisation admin's access token with X-Org-Id: the same checks and that " +
      "organisation's own integrations only.",
  })
  @ApiOkResponse({ type: DetailedHealthDto })
  @ApiUnauthorizedResponse({ type: ProblemDetailsDto, description: 'No or invalid credentials' })
  @ApiForbiddenResponse({ type: ProblemDetailsDto, description: 'Not an admin of X-Org-Id' })
  detailed(@IsOperator() operator: boolean): Promise<DetailedHealthResponse> {
    return this.health.detailed(operator);
  }
}
