import {
  Controller,
  Get,
  Headers,
  HttpCode,
  Post,
  Query,
  Req,
  Res,
  type RawBodyRequest,
} from '@nestjs/common';
import {
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '../../../core/auth/public.decorator';
import { ProblemDetailsDto } from '../../../core/http/problem-details.dto';
import { WhatsAppWebhookIntakeService } from './whatsapp-webhook-intake.service';

/** Meta's calls: the subscription handshake and the signed webhooks. */
@ApiTags('webhooks')
@Controller('integrations/whatsapp/webhook')
@Public()
export class WhatsAppWebhookController {
  constructor(private readonly intake: WhatsAppWebhookIntakeService) {}

  @Get()
  @ApiOperation({
    summary:
      'Webhook verification: hub.mode=subscribe and a hub.verify_token of a connected number echo hub.challenge',
  })
  @ApiProduces('text/plain')
  @ApiOkResponse({ description: 'hub.challenge, as text/plain' })
  @ApiForbiddenResponse({ type: ProblemDetailsDto })
  async verify(
    @Query('hub.mode') mode: unknown,
    @Query('hub.verify_token') token: unknown,
    @Query('hub.challenge') challenge: unknown,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const echo = await this.intake.verify(mode, token, challenge);
    await reply.status(200).type('text/plain; charset=utf-8').send(echo);
  }

  @Post()
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Signed webhook (X-Hub-Signature-256 over the raw body). Stored durably, then processed by the worker; unknown numbers are kept as unroutable and still answered 200',
  })
  @ApiOkResponse({ description: 'Stored' })
  @ApiUnauthorizedResponse({ type: ProblemDetailsDto, description: 'WHATSAPP_INVALID_SIGNATURE' })
  async receive(
    @Req() request: RawBodyRequest<FastifyRequest>,
    @Headers('x-hub-signature-256') signature: string | undefined,
  ): Promise<void> {
    await this.intake.receive(request.rawBody, request.body, signature);
  }
}
