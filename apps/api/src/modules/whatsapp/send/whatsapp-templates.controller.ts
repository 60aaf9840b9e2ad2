import { Controller, Get } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiOkResponse,
  ApiOperation,
  ApiServiceUnavailableResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { WhatsAppTemplate } from '@loved/shared';
import { ProblemDetailsDto } from '../../../core/http/problem-details.dto';
import { WhatsAppTemplateListDto } from '../dto/send-whatsapp.dto';
import { GraphApiClient } from '../graph/graph-api.client';
import { GraphApiError, GraphUnavailableError } from '../graph/graph-api.errors';
import { WhatsAppAccountService } from '../whatsapp-account.service';
import { WhatsAppException } from '../whatsapp.exception';

@ApiTags('integrations')
@Controller('integrations/whatsapp/templates')
export class WhatsAppTemplatesController {
  constructor(
    private readonly accounts: WhatsAppAccountService,
    private readonly graph: GraphApiClient,
  ) {}

  @Get()
  @ApiOperation({ summary: "The WhatsApp Business Account's approved message templates" })
  @ApiOkResponse({ type: WhatsAppTemplateListDto })
  @ApiConflictResponse({ type: ProblemDetailsDto, description: 'WHATSAPP_NOT_CONNECTED' })
  @ApiServiceUnavailableResponse({ type: ProblemDetailsDto, description: 'WHATSAPP_UNAVAILABLE' })
  async list(): Promise<{ items: WhatsAppTemplate[] }> {
    const account = await this.accounts.requireActive();
    try {
      const templates = await this.graph.listTemplates(account.graph);
      return { items: templates.filter((t) => t.status === 'APPROVED') };
    } catch (error) {
      await this.accounts.noteFailure(account, error);
      if (error instanceof GraphApiError && error.isAuthFailure)
        throw WhatsAppException.notConnected();
      if (error instanceof GraphApiError || error instanceof GraphUnavailableError) {
        throw WhatsAppException.unavailable();
      }
      throw error;
    }
  }
}
