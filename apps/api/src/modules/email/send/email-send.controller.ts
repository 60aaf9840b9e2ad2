import { Body, Controller, Post } from '@nestjs/common';
import {
  ApiBadGatewayResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { ApiKeyScope, type CommunicationResponse } from '@loved/shared';
import { ApiKeyScopeRequired } from '../../../core/auth/api-key-scope.decorator';
import { ProblemDetailsDto } from '../../../core/http/problem-details.dto';
import { CommunicationDto } from '../../communications/dto/communication.dto';
import { SendEmailDto } from '../dto/send-email.dto';
import { EmailSendService } from './email-send.service';

@ApiTags('communications')
@Controller('communications/email')
export class EmailSendController {
  constructor(private readonly sender: EmailSendService) {}

  @Post('send')
  @ApiKeyScopeRequired(ApiKeyScope.CommunicationsWrite)
  @ApiOperation({
    summary:
      "Send an e-mail to the lead from the organisation's mailbox (SMTP), threaded with in_reply_to; recorded with its Message-ID",
  })
  @ApiCreatedResponse({ type: CommunicationDto })
  @ApiNotFoundResponse({ type: ProblemDetailsDto, description: 'Lead, file or replied e-mail' })
  @ApiConflictResponse({ type: ProblemDetailsDto, description: 'EMAIL_NOT_CONNECTED' })
  @ApiUnprocessableEntityResponse({ type: ProblemDetailsDto, description: 'LEAD_HAS_NO_EMAIL' })
  @ApiBadGatewayResponse({ type: ProblemDetailsDto, description: 'EMAIL_SEND_FAILED' })
  send(@Body() body: SendEmailDto): Promise<CommunicationResponse> {
    return this.sender.send(body);
  }
}
