import { Controller, Get } from '@nestjs/common';
import { ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Role, type OrganizationFiguresResponse } from '@loved/shared';
import { ProblemDetailsDto } from '../../core/http/problem-details.dto';
import { Roles } from '../../core/tenancy/roles.decorator';
import { OrganizationFiguresDto } from './dto/organization-figures.dto';
import { OrganizationFiguresService } from './organization-figures.service';

@ApiTags('organizations')
@Controller('organizations/current/figures')
export class OrganizationFiguresController {
  constructor(private readonly figures: OrganizationFiguresService) {}

  @Get()
  @Roles(Role.Admin, Role.Manager)
  @ApiOperation({
    summary: "The organisation's figures: communications by channel and active integrations",
  })
  @ApiOkResponse({ type: OrganizationFiguresDto })
  @ApiForbiddenResponse({ type: ProblemDetailsDto, description: 'Not an admin or manager' })
  current(): Promise<OrganizationFiguresResponse> {
    return this.figures.current();
  }
}
