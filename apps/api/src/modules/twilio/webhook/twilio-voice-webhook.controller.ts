import { Body, Controller, Headers, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConsumes,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '../../../core/auth/public.decorator';
import { APP_CONFIG, type AppConfig } from '../../../core/config/app-config';
import { ProblemDetailsDto } from '../../../core/http/problem-details.dto';
import { publicOrigin } from '../../../core/http/public-url';
import { TwilioWebhookPath } from '../twilio-webhook-paths.constant';
import { emptyTwiml, forwardToAgentTwiml, unavailableTwiml } from './call-twiml.util';
import { TwilioCallbackKind } from './twilio-callback.type';
import { TwilioWebhookIntakeService } from './twilio-webhook-intake.service';

const TWIML_TYPE = 'text/xml; charset=utf-8';

/** Twilio's voice webhooks: form-encoded, signed with the account's auth token. */
@ApiTags('webhooks')
@Controller('integrations/twilio/voice')
@Public()
@ApiConsumes('application/x-www-form-urlencoded')
@ApiProduces('text/xml')
@ApiForbiddenResponse({ type: ProblemDetailsDto, description: 'TWILIO_INVALID_SIGNATURE' })
@ApiBadRequestResponse({ type: ProblemDetailsDto, description: 'TWILIO_PAYLOAD_INVALID' })
export class TwilioVoiceWebhookController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly intake: TwilioWebhookIntakeService,
  ) {}

  @Post('inbound')
  @HttpCode(200)
  @ApiOperation({
    summary:
      "A call to the organisation's Twilio number: answered with TwiML that rings the rep's phone (agent_phone) with recording; the call lands on the caller's lead",
  })
  @ApiOkResponse({ description: 'TwiML' })
  async inbound(
    @Req() request: FastifyRequest,
    @Body() body: unknown,
    @Headers('x-twilio-signature') signature: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const { owner } = await this.intake.receive(
      TwilioCallbackKind.Inbound,
      this.calledUrl(request),
      body,
      signature,
    );
    const settings = await this.intake.settingsOf(owner);
    void reply.type(TWIML_TYPE);
    if (!settings?.agent_phone) return unavailableTwiml();
    const origin = publicOrigin(this.config, request);
    return forwardToAgentTwiml({
      agentPhone: settings.agent_phone,
      statusCallback: `${origin}${TwilioWebhookPath.Status}`,
      recordingStatusCallback: `${origin}${TwilioWebhookPath.Recording}`,
    });
  }

  @Post('status')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Call progress (statusCallback): stored durably, then applied to the one timeline entry of the call, whatever the order',
  })
  @ApiOkResponse({ description: 'Stored (empty TwiML)' })
  async status(
    @Req() request: FastifyRequest,
    @Body() body: unknown,
    @Headers('x-twilio-signature') signature: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    await this.intake.receive(TwilioCallbackKind.Status, this.calledUrl(request), body, signature);
    void reply.type(TWIML_TYPE);
    return emptyTwiml();
  }

  @Post('recording')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'A recording is ready (recordingStatusCallback): stored durably; the worker downloads it and attaches it to the call',
  })
  @ApiOkResponse({ description: 'Stored (empty TwiML)' })
  async recording(
    @Req() request: FastifyRequest,
    @Body() body: unknown,
    @Headers('x-twilio-signature') signature: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    await this.intake.receive(
      TwilioCallbackKind.Recording,
      this.calledUrl(request),
      body,
      signature,
    );
    void reply.type(TWIML_TYPE);
    return emptyTwiml();
  }

  /** The URL Twilio signed: the public address plus the path and query it called. */
  private calledUrl(request: FastifyRequest): string {
    return `${publicOrigin(this.config, request)}${request.url}`;
  }
}
