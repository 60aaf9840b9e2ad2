import { Controller, Get, HttpCode, Post, Query, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiProperty,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { EventStreamTokenResponse } from '@loved/shared';
import { Public } from '../../core/auth/public.decorator';
import { ProblemDetailsDto } from '../../core/http/problem-details.dto';
import {
  CurrentTenant,
  type CurrentTenantContext,
} from '../../core/tenancy/current-tenant.decorator';
import { EventStreamQueryDto } from './dto/event-stream-query.dto';
import { EventStreamService } from './event-stream.service';
import { EventStreamTokenService, STREAM_TOKEN_TTL_SECONDS } from './event-stream-token.service';
import { StreamAccessService } from './stream-access.service';

class EventStreamTokenDto implements EventStreamTokenResponse {
  @ApiProperty({ description: 'Single use; valid for 60 seconds' })
  token: string;
  @ApiProperty({ example: 60 })
  expires_in: number;
}

@ApiTags('live')
@Controller('events')
export class EventsController {
  constructor(
    private readonly tokens: EventStreamTokenService,
    private readonly streams: EventStreamService,
    private readonly access: StreamAccessService,
  ) {}

  @Post('token')
  @HttpCode(201)
  @ApiOperation({
    summary: 'A single-use token to open the event stream of the current organisation',
  })
  @ApiCreatedResponse({ type: EventStreamTokenDto })
  async token(@CurrentTenant() tenant: CurrentTenantContext): Promise<EventStreamTokenResponse> {
    const token = await this.tokens.issue(tenant);
    return { token, expires_in: STREAM_TOKEN_TTL_SECONDS };
  }

  /** Public because EventSource cannot send headers: the single-use token is the credential. */
  @Get()
  @Public()
  @ApiOperation({
    summary:
      'Server-Sent Events of the organisation: communication.created|updated, lead.created|updated|moved|deleted',
  })
  @ApiProduces('text/event-stream')
  @ApiOkResponse({ description: 'An open event stream with heartbeats' })
  @ApiBadRequestResponse({ type: ProblemDetailsDto, description: 'VALIDATION_FAILED' })
  @ApiUnauthorizedResponse({ type: ProblemDetailsDto, description: 'INVALID_STREAM_TOKEN' })
  @ApiForbiddenResponse({ type: ProblemDetailsDto, description: 'NOT_A_MEMBER' })
  async stream(@Query() query: EventStreamQueryDto, @Res() reply: FastifyReply): Promise<void> {
    const identity = await this.access.admit(query.token);
    reply.hijack();
    this.streams.attach(reply.raw, identity);
  }
}
