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
import { Role, type WhatsAppIntegrationResponse } from '@loved/shared';
import { APP_CONFIG, type AppConfig } from '../../core/config/app-config';
import { ProblemDetailsDto } from '../../core/http/problem-details.dto';
import { publicOrigin } from '../../core/http/public-url';
import { Roles } from '../../core/tenancy/roles.decorator';
import { ConnectWhatsAppDto, WhatsAppIntegrationDto } from './dto/connect-whatsapp.dto';
import { WhatsAppConnectService } from './whatsapp-connect.service';

@ApiTags('integrations')
@Controller('integrations/whatsapp')
@Roles(Role.Admin)
export class WhatsAppIntegrationController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly connection: WhatsAppConnectService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'WhatsApp connection status, without secrets (admin)' })
  @ApiOkResponse({ type: WhatsAppIntegrationDto })
  status(@Req() request: FastifyRequest): Promise<WhatsAppIntegrationResponse> {
    return this.connection.status(publicOrigin(this.config, request));
  }

  @Post()
  @ApiOperation({
    summary:
      'Connect (or reconnect) a WhatsApp Business number (admin). The token is checked with the Graph API first; secrets are stored encrypted and never returned',
  })
  @ApiCreatedResponse({ type: WhatsAppIntegrationDto, description: 'Connected' })
  @ApiOkResponse({ type: WhatsAppIntegrationDto, description: 'Reconnected (replaced)' })
  @ApiUnprocessableEntityResponse({
    type: ProblemDetailsDto,
    description: 'WHATSAPP_TOKEN_INVALID, WHATSAPP_PHONE_NUMBER_NOT_FOUND',
  })
  @ApiConflictResponse({ type: ProblemDetailsDto, description: 'INTEGRATION_ACCOUNT_IN_USE' })
  @ApiBadGatewayResponse({ type: ProblemDetailsDto, description: 'WHATSAPP_UNREACHABLE' })
  async connect(
    @Body() body: ConnectWhatsAppDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<WhatsAppIntegrationResponse> {
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
    summary: 'Disconnect: forget the secrets and stop accepting its webhooks (admin)',
  })
  @ApiNoContentResponse()
  async disconnect(): Promise<void> {
    await this.connection.disconnect();
  }
}
