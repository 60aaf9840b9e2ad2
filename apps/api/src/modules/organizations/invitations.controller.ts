import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiGoneResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Role, type InvitationResponse, type MembershipResponse } from '@loved/shared';
import { OrganizationFree } from '../../core/auth/public.decorator';
import { ProblemDetailsDto } from '../../core/http/problem-details.dto';
import {
  CurrentTenant,
  CurrentUserId,
  type CurrentTenantContext,
} from '../../core/tenancy/current-tenant.decorator';
import { Roles } from '../../core/tenancy/roles.decorator';
import { AcceptInvitationDto, CreateInvitationDto, InvitationDto } from './dto/invitation.dto';
import { MembershipDto } from './dto/membership.dto';
import { InvitationsService } from './invitations.service';

@ApiTags('invitations')
@Controller('invitations')
export class InvitationsController {
  constructor(private readonly invitations: InvitationsService) {}

  @Post()
  @Roles(Role.Admin)
  @ApiOperation({ summary: 'Invite someone by e-mail (admin); the token is valid for 7 days' })
  @ApiCreatedResponse({ type: InvitationDto })
  @ApiConflictResponse({ type: ProblemDetailsDto, description: 'ALREADY_MEMBER' })
  create(
    @Body() body: CreateInvitationDto,
    @CurrentTenant() tenant: CurrentTenantContext,
  ): Promise<InvitationResponse> {
    return this.invitations.create(body.email, body.role, tenant.userId);
  }

  @Post('accept')
  @HttpCode(200)
  @OrganizationFree()
  @ApiOperation({ summary: 'The signed-in user accepts an invitation sent to their e-mail' })
  @ApiOkResponse({ type: MembershipDto })
  @ApiNotFoundResponse({ type: ProblemDetailsDto, description: 'INVITATION_INVALID' })
  @ApiGoneResponse({ type: ProblemDetailsDto, description: 'INVITATION_EXPIRED' })
  @ApiForbiddenResponse({ type: ProblemDetailsDto, description: 'INVITATION_FOR_ANOTHER_EMAIL' })
  @ApiConflictResponse({ type: ProblemDetailsDto, description: 'ALREADY_MEMBER' })
  accept(
    @Body() body: AcceptInvitationDto,
    @CurrentUserId() userId: string,
  ): Promise<MembershipResponse> {
    return this.invitations.accept(body.token, userId);
  }
}
