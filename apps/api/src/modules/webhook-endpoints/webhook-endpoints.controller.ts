import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
} from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import {
  ApiKeyScope,
  Role,
  type CreatedWebhookEndpointResponse,
  type ListEnvelope,
  type WebhookDeliveryResponse,
  type WebhookEndpointResponse,
} from '@loved/shared';
import { ApiKeyScopeRequired } from '../../core/auth/api-key-scope.decorator';
import { ListQueryDto } from '../../core/http/list-query.dto';
import { ProblemDetailsDto } from '../../core/http/problem-details.dto';
import { Roles } from '../../core/tenancy/roles.decorator';
import {
  CreatedWebhookEndpointDto,
  CreateWebhookEndpointDto,
  UpdateWebhookEndpointDto,
  WebhookDeliveryDto,
  WebhookDeliveryListDto,
  WebhookEndpointDto,
  WebhookEndpointListDto,
} from './dto/webhook-endpoint.dto';
import { WebhookEndpointsService } from './webhook-endpoints.service';

const URL_REFUSED =
  'WEBHOOK_URL_NOT_ALLOWED (field url): not http(s), credentials in it, http in production, or a host resolving to a private / loopback / link-local address';

@ApiTags('webhooks')
@Controller('webhook-endpoints')
@Roles(Role.Admin)
@ApiKeyScopeRequired(ApiKeyScope.WebhooksManage)
@ApiForbiddenResponse({ type: ProblemDetailsDto, description: 'Not an admin' })
export class WebhookEndpointsController {
  constructor(private readonly endpoints: WebhookEndpointsService) {}

  @Get()
  @ApiOperation({ summary: "The organisation's outbound webhook endpoints, oldest first (admin)" })
  @ApiOkResponse({ type: WebhookEndpointListDto })
  list(@Query() query: ListQueryDto): Promise<ListEnvelope<WebhookEndpointResponse>> {
    return this.endpoints.list(query.cursor, query.limit);
  }

  @Post()
  @ApiOperation({
    summary:
      'Add an endpoint; the answer carries its Standard Webhooks signing secret, shown only once (admin)',
  })
  @ApiCreatedResponse({ type: CreatedWebhookEndpointDto })
  @ApiUnprocessableEntityResponse({ type: ProblemDetailsDto, description: URL_REFUSED })
  create(@Body() body: CreateWebhookEndpointDto): Promise<CreatedWebhookEndpointResponse> {
    return this.endpoints.create(body);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One endpoint (never its secret) (admin)' })
  @ApiOkResponse({ type: WebhookEndpointDto })
  @ApiNotFoundResponse({ type: ProblemDetailsDto, description: 'WEBHOOK_ENDPOINT_NOT_FOUND' })
  get(@Param('id', ParseUUIDPipe) id: string): Promise<WebhookEndpointResponse> {
    return this.endpoints.get(id);
  }

  @Patch(':id')
  @ApiOperation({
    summary:
      'Change the URL, events or description; `enabled: true` re-enables a disabled endpoint and resumes its pending deliveries (admin)',
  })
  @ApiOkResponse({ type: WebhookEndpointDto })
  @ApiNotFoundResponse({ type: ProblemDetailsDto, description: 'WEBHOOK_ENDPOINT_NOT_FOUND' })
  @ApiUnprocessableEntityResponse({ type: ProblemDetailsDto, description: URL_REFUSED })
  update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateWebhookEndpointDto,
  ): Promise<WebhookEndpointResponse> {
    return this.endpoints.update(id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete an endpoint and its delivery log (admin)' })
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ type: ProblemDetailsDto, description: 'WEBHOOK_ENDPOINT_NOT_FOUND' })
  async remove(@Param('id', ParseUUIDPipe) id: string): Promise<void> {
    await this.endpoints.remove(id);
  }

  @Get(':id/deliveries')
  @ApiOperation({
    summary: "The endpoint's deliveries, newest first, with their latest attempt (admin)",
  })
  @ApiOkResponse({ type: WebhookDeliveryListDto })
  @ApiNotFoundResponse({ type: ProblemDetailsDto, description: 'WEBHOOK_ENDPOINT_NOT_FOUND' })
  listDeliveries(
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: ListQueryDto,
  ): Promise<ListEnvelope<WebhookDeliveryResponse>> {
    return this.endpoints.listDeliveries(id, query.cursor, query.limit);
  }

  @Post(':id/deliveries/:deliveryId/retry')
  @HttpCode(202)
  @ApiOperation({
    summary:
      'Send a pending delivery now, or a failed one again with fresh attempts; a succeeded one is not resent (admin)',
  })
  @ApiAcceptedResponse({ type: WebhookDeliveryDto })
  @ApiNotFoundResponse({
    type: ProblemDetailsDto,
    description: 'WEBHOOK_ENDPOINT_NOT_FOUND, WEBHOOK_DELIVERY_NOT_FOUND',
  })
  @ApiConflictResponse({ type: ProblemDetailsDto, description: 'WEBHOOK_DELIVERY_NOT_RETRYABLE' })
  retry(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('deliveryId', ParseUUIDPipe) deliveryId: string,
  ): Promise<WebhookDeliveryResponse> {
    return this.endpoints.retryDelivery(id, deliveryId);
  }

  @Post(':id/test')
  @HttpCode(202)
  @ApiOperation({
    summary: 'Queue a `webhook.test` delivery (data `{endpoint_id}`) to the endpoint (admin)',
  })
  @ApiAcceptedResponse({ type: WebhookDeliveryDto })
  @ApiNotFoundResponse({ type: ProblemDetailsDto, description: 'WEBHOOK_ENDPOINT_NOT_FOUND' })
  test(@Param('id', ParseUUIDPipe) id: string): Promise<WebhookDeliveryResponse> {
    return this.endpoints.sendTest(id);
  }
}
