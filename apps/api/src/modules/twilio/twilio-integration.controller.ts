import { Body, Controller, Delete, Get, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import {
  ApiBadGatewayResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Role, type TwilioIntegrationResponse } from '@loved/shared';
import { APP_CONFIG, type AppConfig } from '../../core/config/app-config';
import { ProblemDetailsDto } from '../../core/http/problem-details.dto';
import { publicOrigin } from '../../core/http/public-url';
import { Roles } from '../../core/tenancy/roles.decorator';
import { ConnectTwilioDto, TwilioIntegrationDto } from './dto/connect-twilio.dto';
import { TwilioConnectService } from './twilio-connect.service';

@ApiTags('integrations')
@Controller('integrations/twilio')
@Roles(Role.Admin)
export class TwilioIntegrationController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly connection: TwilioConnectService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Twilio connection status, without secrets (admin)' })
  @ApiOkResponse({ type: TwilioIntegrationDto })
  status(@Req() request: FastifyRequest): Promise<TwilioIntegrationResponse> {
    return this.connection.status(publicOrigin(this.config, request));
  }

  @Post()
  @ApiOperation({
    summary:
      'Connect (or reconnect) a Twilio account (admin). The Account SID and auth token are checked by fetching the account first; the token is stored encrypted and never returned',
  })
  @ApiCreatedResponse({ type: TwilioIntegrationDto, description: 'Connected' })
  @ApiOkResponse({ type: TwilioIntegrationDto, description: 'Reconnected (replaced)' })
  @ApiUnprocessableEntityResponse({
    type: ProblemDetailsDto,
    description: 'TWILIO_CREDENTIALS_INVALID',
  })
  @ApiConflictResponse({ type: ProblemDetailsDto, description: 'INTEGRATION_ACCOUNT_IN_USE' })
  @ApiBadGatewayResponse({ type: ProblemDetailsDto, description: 'TWILIO_UNREACHABLE' })
  async connect(
    @Body() body: ConnectTwilioDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<TwilioIntegrationResponse> {
    const { response, created } = await this.connection.connect(
      body,
      publicOrigin(this.config, request),
    );
    void reply.status(created ? 201 : 200);
    return response;
  }

  @Delete()
  @HttpCode(204)
  @ApiOperation({
    summary: 'Disconnect: forget the auth token and stop accepting its webhooks (admin)',
  })
  @ApiNoContentResponse()
  async disconnect(): Promise<void> {
    await this.connection.disconnect();
  }
}
