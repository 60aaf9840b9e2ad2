import { Controller, Get, HttpCode, Post, Query, Res } from '@nestjs/common';
import {
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiProperty,
  ApiQuery,
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
import { EventStreamService } from './event-stream.service';
import { EventStreamTokenService, STREAM_TOKEN_TTL_SECONDS } from './event-stream-token.service';
import { LiveErrorCode, LiveException } from './live.exception';

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
  ) {}

  @Post('token')
  @HttpCode(201)
  @ApiOperation({
    summary: 'A single-use token to open the event stream of the current organisation',
  })
  @ApiOkResponse({ type: EventStreamTokenDto })
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
  @ApiQuery({ name: 'token', required: true, description: 'From POST /events/token' })
  @ApiProduces('text/event-stream')
  @ApiOkResponse({ description: 'An open event stream with heartbeats' })
  @ApiUnauthorizedResponse({ type: ProblemDetailsDto, description: 'INVALID_STREAM_TOKEN' })
  async stream(
    @Query('token') token: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const identity = token ? await this.tokens.redeem(token) : null;
    if (!identity) {
      throw new LiveException(
        LiveErrorCode.InvalidStreamToken,
        'Token do fluxo de eventos inválido ou expirado.',
      );
    }
    reply.hijack();
    this.streams.attach(reply.raw, identity);
  }
}
