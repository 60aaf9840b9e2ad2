import { Body, Controller, Inject, Post, Req } from '@nestjs/common';
import {
  ApiBadGatewayResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import type { CommunicationResponse } from '@loved/shared';
import { APP_CONFIG, type AppConfig } from '../../../core/config/app-config';
import { ProblemDetailsDto } from '../../../core/http/problem-details.dto';
import { publicOrigin } from '../../../core/http/public-url';
import { CommunicationDto } from '../../communications/dto/communication.dto';
import { PlaceCallDto } from '../dto/place-call.dto';
import { ClickToCallService } from './click-to-call.service';

@ApiTags('communications')
@Controller('communications/voip')
export class ClickToCallController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly calls: ClickToCallService,
  ) {}

  @Post('call')
  @ApiOperation({
    summary:
      "Click-to-call through Twilio: calls the lead from the organisation's number and connects the rep's phone (agent_phone, else the integration's) once the lead answers; recorded. The call appears at once in the timeline as an outbound voip communication keyed by its CallSid, updated as Twilio reports progress",
  })
  @ApiCreatedResponse({ type: CommunicationDto })
  @ApiNotFoundResponse({ type: ProblemDetailsDto, description: 'Lead' })
  @ApiConflictResponse({ type: ProblemDetailsDto, description: 'TWILIO_NOT_CONNECTED' })
  @ApiUnprocessableEntityResponse({
    type: ProblemDetailsDto,
    description: 'LEAD_HAS_NO_PHONE, TWILIO_CALL_REFUSED',
  })
  @ApiBadGatewayResponse({ type: ProblemDetailsDto, description: 'TWILIO_UNREACHABLE' })
  place(
    @Body() body: PlaceCallDto,
    @Req() request: FastifyRequest,
  ): Promise<CommunicationResponse> {
    return this.calls.place(body, publicOrigin(this.config, request));
  }
}
