import { Body, Controller, Get, Patch, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Role, type OrganizationResponse } from '@loved/shared';
import { OrganizationFree } from '../../core/auth/public.decorator';
import { ProblemDetailsDto } from '../../core/http/problem-details.dto';
import { CurrentUserId } from '../../core/tenancy/current-tenant.decorator';
import { Roles } from '../../core/tenancy/roles.decorator';
import {
  CreateOrganizationDto,
  OrganizationDto,
  UpdateOrganizationDto,
} from './dto/organization.dto';
import { OrganizationsService } from './organizations.service';

@ApiTags('organizations')
@Controller('organizations')
export class OrganizationsController {
  constructor(private readonly organizations: OrganizationsService) {}

  @Post()
  @OrganizationFree()
  @ApiOperation({ summary: 'Create an organisation; the caller becomes its admin' })
  @ApiCreatedResponse({ type: OrganizationDto })
  create(
    @Body() body: CreateOrganizationDto,
    @CurrentUserId() userId: string,
  ): Promise<OrganizationResponse> {
    return this.organizations.create(body.name, userId);
  }

  @Get('current')
  @ApiOperation({ summary: 'The organisation named by X-Org-Id' })
  @ApiOkResponse({ type: OrganizationDto })
  @ApiNotFoundResponse({ type: ProblemDetailsDto })
  current(): Promise<OrganizationResponse> {
    return this.organizations.getCurrent();
  }

  @Patch('current')
  @Roles(Role.Admin)
  @ApiOperation({ summary: 'Rename the current organisation or set its time zone (admin)' })
  @ApiOkResponse({ type: OrganizationDto })
  @ApiBadRequestResponse({
    type: ProblemDetailsDto,
    description: 'Invalid fields, e.g. a time_zone that is not an IANA zone name',
  })
  @ApiConflictResponse({ type: ProblemDetailsDto })
  update(@Body() body: UpdateOrganizationDto): Promise<OrganizationResponse> {
    return this.organizations.updateCurrent(body);
  }
}
