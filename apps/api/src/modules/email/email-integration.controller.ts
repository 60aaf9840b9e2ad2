import { Body, Controller, Delete, Get, HttpCode, Post, Res } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Role, type EmailIntegrationResponse } from '@loved/shared';
import { ProblemDetailsDto } from '../../core/http/problem-details.dto';
import { Roles } from '../../core/tenancy/roles.decorator';
import { ConnectEmailDto, EmailIntegrationDto } from './dto/connect-email.dto';
import { EmailConnectService } from './email-connect.service';

@ApiTags('integrations')
@Controller('integrations/email')
@Roles(Role.Admin)
export class EmailIntegrationController {
  constructor(private readonly connection: EmailConnectService) {}

  @Get()
  @ApiOperation({ summary: 'Mailbox connection status, without secrets (admin)' })
  @ApiOkResponse({ type: EmailIntegrationDto })
  status(): Promise<EmailIntegrationResponse> {
    return this.connection.status();
  }

  @Post()
  @ApiOperation({
    summary:
      'Connect (or reconnect) an IMAP + SMTP mailbox (admin). Both logins are tested first; passwords are stored encrypted and never returned',
  })
  @ApiCreatedResponse({ type: EmailIntegrationDto, description: 'Connected' })
  @ApiOkResponse({ type: EmailIntegrationDto, description: 'Reconnected (replaced)' })
  @ApiUnprocessableEntityResponse({
    type: ProblemDetailsDto,
    description: 'EMAIL_IMAP_LOGIN_FAILED, EMAIL_SMTP_LOGIN_FAILED',
  })
  @ApiConflictResponse({ type: ProblemDetailsDto, description: 'INTEGRATION_ACCOUNT_IN_USE' })
  async connect(
    @Body() body: ConnectEmailDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<EmailIntegrationResponse> {
    const { response, created } = await this.connection.connect(body);
    void reply.status(created ? 201 : 200);
    return response;
  }

  @Delete()
  @HttpCode(204)
  @ApiOperation({ summary: 'Disconnect the mailbox: forget its passwords (admin)' })
  @ApiNoContentResponse()
  async disconnect(): Promise<void> {
    await this.connection.disconnect();
  }
}
