import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import {
  Role,
  type IntegrationProvider,
  type ListEnvelope,
  type WebhookEventResponse,
} from '@loved/shared';
import { ProblemDetailsDto } from '../../core/http/problem-details.dto';
import { Roles } from '../../core/tenancy/roles.decorator';
import {
  WebhookEventDto,
  WebhookEventListDto,
  WebhookEventListQueryDto,
} from './dto/webhook-event.dto';
import { WebhookEventsService } from './inbox/webhook-events.service';
import { ProviderPipe } from './provider.pipe';

@ApiTags('integrations')
@Controller('integrations/:provider/events')
@Roles(Role.Admin)
export class WebhookEventsController {
  constructor(private readonly events: WebhookEventsService) {}

  @Get()
  @ApiOperation({
    summary: "The provider's webhook events received for this organisation, newest first (admin)",
  })
  @ApiParam({ name: 'provider', enum: ['whatsapp', 'twilio', 'email'] })
  @ApiOkResponse({ type: WebhookEventListDto })
  list(
    @Param('provider', ProviderPipe) provider: IntegrationProvider,
    @Query() query: WebhookEventListQueryDto,
  ): Promise<ListEnvelope<WebhookEventResponse>> {
    return this.events.list(provider, query.status, query.cursor, query.limit);
  }

  @Post(':id/retry')
  @HttpCode(202)
  @ApiOperation({ summary: 'Process a failed event again, with fresh attempts (admin)' })
  @ApiParam({ name: 'provider', enum: ['whatsapp', 'twilio', 'email'] })
  @ApiAcceptedResponse({ type: WebhookEventDto })
  @ApiNotFoundResponse({ type: ProblemDetailsDto })
  @ApiConflictResponse({ type: ProblemDetailsDto, description: 'WEBHOOK_EVENT_NOT_RETRYABLE' })
  retry(
    @Param('provider', ProviderPipe) provider: IntegrationProvider,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<WebhookEventResponse> {
    return this.events.retry(provider, id);
  }
}
