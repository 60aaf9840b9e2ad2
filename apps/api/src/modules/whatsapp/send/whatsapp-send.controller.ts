import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiServiceUnavailableResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import {
  ApiKeyScope,
  type CommunicationResponse,
  type WhatsAppWindowResponse,
} from '@loved/shared';
import { ApiKeyScopeRequired } from '../../../core/auth/api-key-scope.decorator';
import { ProblemDetailsDto } from '../../../core/http/problem-details.dto';
import { CommunicationDto } from '../../communications/dto/communication.dto';
import { LeadAccessService } from '../../leads/lead-access.service';
import {
  SendWhatsAppDto,
  WhatsAppWindowDto,
  WhatsAppWindowQueryDto,
} from '../dto/send-whatsapp.dto';
import { WhatsAppAccountService } from '../whatsapp-account.service';
import { WhatsAppSendService } from './whatsapp-send.service';
import { WhatsAppWindowService } from './whatsapp-window.service';

@ApiTags('communications')
@Controller('communications/whatsapp')
export class WhatsAppSendController {
  constructor(
    private readonly sender: WhatsAppSendService,
    private readonly windows: WhatsAppWindowService,
    private readonly access: LeadAccessService,
    private readonly accounts: WhatsAppAccountService,
  ) {}

  @Post('send')
  @ApiKeyScopeRequired(ApiKeyScope.CommunicationsWrite)
  @ApiOperation({
    summary:
      'Send a WhatsApp message to a lead: exactly one of text (inside the 24 h window), template, or file_id (+ caption). Meta refusing it stores it as failed, with the error',
  })
  @ApiCreatedResponse({ type: CommunicationDto })
  @ApiNotFoundResponse({ type: ProblemDetailsDto, description: 'Lead or file' })
  @ApiConflictResponse({ type: ProblemDetailsDto, description: 'WHATSAPP_NOT_CONNECTED' })
  @ApiUnprocessableEntityResponse({
    type: ProblemDetailsDto,
    description: 'WHATSAPP_TEMPLATE_REQUIRED, LEAD_HAS_NO_PHONE, WHATSAPP_FILE_NOT_SENDABLE',
  })
  @ApiServiceUnavailableResponse({ type: ProblemDetailsDto, description: 'WHATSAPP_UNAVAILABLE' })
  send(@Body() body: SendWhatsAppDto): Promise<CommunicationResponse> {
    return this.sender.send(body);
  }

  @Get('window')
  @ApiKeyScopeRequired(ApiKeyScope.CommunicationsRead)
  @ApiOperation({
    summary: "Whether free text may be sent to the lead (24 h since the lead's last message)",
  })
  @ApiOkResponse({ type: WhatsAppWindowDto })
  @ApiNotFoundResponse({ type: ProblemDetailsDto })
  @ApiConflictResponse({ type: ProblemDetailsDto, description: 'WHATSAPP_NOT_CONNECTED' })
  async window(@Query() query: WhatsAppWindowQueryDto): Promise<WhatsAppWindowResponse> {
    const lead = await this.access.requireVisible(query.lead_id);
    // The composer asks this first: it learns at once whether it can send at all.
    await this.accounts.requireActive();
    return this.windows.of(lead.id);
  }
}
