import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import {
  WEBHOOK_TEST_EVENT,
  WebhookDeliveryStatus,
  type CreatedWebhookEndpointResponse,
  type ListEnvelope,
  type WebhookDeliveryResponse,
  type WebhookEndpointResponse,
} from '@loved/shared';
import { APP_CONFIG, type AppConfig } from '../../core/config/app-config';
import { CredentialsCipher } from '../../core/crypto/credentials-cipher';
import { decodeCursor } from '../../core/http/keyset-cursor';
import { toKeysetPage } from '../../core/http/keyset-page';
import { TenantContextService } from '../../core/tenancy/tenant-context.service';
import {
  InjectTenantRepository,
  type TenantScopedRepository,
} from '../../core/tenancy/tenant-scoped.repository';
import type {
  CreateWebhookEndpointDto,
  UpdateWebhookEndpointDto,
} from './dto/webhook-endpoint.dto';
import { WebhookDeliveryEntity } from './webhook-delivery.entity';
import { WebhookDispatchQueue } from './webhook-dispatch-queue.service';
import { sealWebhookSecret } from './webhook-endpoint-secret';
import { WebhookEndpointEntity } from './webhook-endpoint.entity';
import { WebhookEndpointException } from './webhook-endpoint.exception';
import { toWebhookDeliveryResponse, toWebhookEndpointResponse } from './webhook-endpoint.mapper';
import { generateWebhookSecret } from './webhook-signer';
import {
  assertWebhookUrlAllowed,
  webhookUrlPolicyFor,
  WebhookUrlRefusedError,
  type WebhookUrlPolicyOptions,
} from './webhook-url-policy';

export const WEBHOOK_PAUSED_REASON = 'Paused by an admin.';

/** Admins' management of the organisation's webhook endpoints and their delivery log. */
@Injectable()
export class WebhookEndpointsService {
  private readonly policy: WebhookUrlPolicyOptions;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly tenant: TenantContextService,
    private readonly cipher: CredentialsCipher,
    @InjectTenantRepository(WebhookEndpointEntity)
    private readonly endpoints: TenantScopedRepository<WebhookEndpointEntity>,
    @InjectTenantRepository(WebhookDeliveryEntity)
    private readonly deliveries: TenantScopedRepository<WebhookDeliveryEntity>,
    private readonly dispatchQueue: WebhookDispatchQueue,
  ) {
    this.policy = webhookUrlPolicyFor(config.env);
  }

  /** Oldest first, keyset-paginated. */
  async list(
    cursor: string | undefined,
    limit: number,
  ): Promise<ListEnvelope<WebhookEndpointResponse>> {
    const query = this.endpoints
      .createQueryBuilder('e')
      .orderBy('e.created_at', 'ASC')
      .addOrderBy('e.id', 'ASC')
      .take(limit + 1);
    if (cursor) {
      const [createdAt, id] = decodeCursor(cursor, ['timestamp', 'uuid']);
      query.andWhere('(e.created_at, e.id) > (:createdAt, :id)', { createdAt, id });
    }
    const page = toKeysetPage(await query.getMany(), limit, (last) => [
      last.createdAt.toISOString(),
      last.id,
    ]);
    return { items: page.rows.map(toWebhookEndpointResponse), next_cursor: page.next_cursor };
  }

  async get(id: string): Promise<WebhookEndpointResponse> {
    return toWebhookEndpointResponse(await this.requireEndpoint(id));
  }

  /** The secret is sealed before it is stored and appears in this answer only. */
  async create(input: CreateWebhookEndpointDto): Promise<CreatedWebhookEndpointResponse> {
    await this.checkUrl(input.url);
    const id = randomUUID();
    const secret = generateWebhookSecret();
    const sealed = sealWebhookSecret(this.cipher, this.tenant.organizationId, id, secret);
    const saved = await this.endpoints.save(
      this.endpoints.create({
        id,
        url: input.url,
        events: input.events,
        description: input.description ?? null,
        enabled: true,
        disabledReason: null,
        disabledAt: null,
        encryptedSecret: sealed.sealed,
        secretKeyId: sealed.keyId,
        dispatchLeaseUntil: null,
        dispatchLeaseId: null,
      }),
    );
    return { ...toWebhookEndpointResponse(saved), secret };
  }

  /** `enabled: true` on a disabled endpoint makes its pending deliveries due and sends them. */
  async update(id: string, input: UpdateWebhookEndpointDto): Promise<WebhookEndpointResponse> {
    const endpoint = await this.requireEndpoint(id);
    if (input.url !== undefined) {
      await this.checkUrl(input.url);
      endpoint.url = input.url;
    }
    if (input.events !== undefined) endpoint.events = input.events;
    if (input.description !== undefined) endpoint.description = input.description;
    const resumes = input.enabled === true && !endpoint.enabled;
    if (input.enabled !== undefined && input.enabled !== endpoint.enabled) {
      endpoint.enabled = input.enabled;
      endpoint.disabledReason = input.enabled ? null : WEBHOOK_PAUSED_REASON;
      endpoint.disabledAt = input.enabled ? null : new Date();
    }
    const saved = await this.endpoints.save(endpoint);
    if (resumes) {
      await this.deliveries.update(
        { endpointId: id, status: WebhookDeliveryStatus.Pending },
        { nextAttemptAt: new Date() },
      );
      this.dispatchAfterCommit(id);
    }
    return toWebhookEndpointResponse(saved);
  }

  /** Its deliveries go with it. */
  async remove(id: string): Promise<void> {
    const endpoint = await this.requireEndpoint(id);
    await this.endpoints.delete({ id: endpoint.id });
  }

  /** Newest first, keyset-paginated. */
  async listDeliveries(
    id: string,
    cursor: string | undefined,
    limit: number,
  ): Promise<ListEnvelope<WebhookDeliveryResponse>> {
    await this.requireEndpoint(id);
    const query = this.deliveries
      .createQueryBuilder('d')
      .andWhere('d.endpoint_id = :id', { id })
      .orderBy('d.created_at', 'DESC')
      .addOrderBy('d.id', 'DESC')
      .take(limit + 1);
    if (cursor) {
      const [createdAt, deliveryId] = decodeCursor(cursor, ['timestamp', 'uuid']);
      query.andWhere('(d.created_at, d.id) < (:createdAt, :deliveryId)', {
        createdAt,
        deliveryId,
      });
    }
    const page = toKeysetPage(await query.getMany(), limit, (last) => [
      last.createdAt.toISOString(),
      last.id,
    ]);
    return { items: page.rows.map(toWebhookDeliveryResponse), next_cursor: page.next_cursor };
  }

  /**
   * Makes a pending delivery due now, or gives a failed one fresh attempts. A delivery that
   * succeeded is not sent again (409): resending an old event would break the order receivers
   * rely on; the test route checks an endpoint instead.
   */
  async retryDelivery(id: string, deliveryId: string): Promise<WebhookDeliveryResponse> {
    const endpoint = await this.requireEndpoint(id);
    const delivery = await this.deliveries.findOneBy({ id: deliveryId, endpointId: endpoint.id });
    if (!delivery) throw WebhookEndpointException.deliveryNotFound();
    if (delivery.status === WebhookDeliveryStatus.Succeeded) {
      throw WebhookEndpointException.deliveryNotRetryable();
    }
    if (delivery.status === WebhookDeliveryStatus.Failed) {
      delivery.status = WebhookDeliveryStatus.Pending;
      delivery.attempts = 0;
    }
    delivery.nextAttemptAt = new Date();
    const saved = await this.deliveries.save(delivery);
    if (endpoint.enabled) this.dispatchAfterCommit(endpoint.id);
    return toWebhookDeliveryResponse(saved);
  }

  /** A `webhook.test` delivery, queued behind the endpoint's pending ones. */
  async sendTest(id: string): Promise<WebhookDeliveryResponse> {
    const endpoint = await this.requireEndpoint(id);
    const saved = await this.deliveries.save(
      this.deliveries.create({
        endpointId: endpoint.id,
        eventType: WEBHOOK_TEST_EVENT,
        data: { endpoint_id: endpoint.id },
        status: WebhookDeliveryStatus.Pending,
        attempts: 0,
        nextAttemptAt: new Date(),
        responseStatus: null,
        durationMs: null,
        error: null,
        deliveredAt: null,
      }),
    );
    if (endpoint.enabled) this.dispatchAfterCommit(endpoint.id);
    return toWebhookDeliveryResponse(saved);
  }

  private async requireEndpoint(id: string): Promise<WebhookEndpointEntity> {
    const endpoint = await this.endpoints.findOneBy({ id });
    if (!endpoint) throw WebhookEndpointException.notFound();
    return endpoint;
  }

  private async checkUrl(url: string): Promise<void> {
    try {
      await assertWebhookUrlAllowed(url, this.policy);
    } catch (error) {
      if (error instanceof WebhookUrlRefusedError) {
        throw WebhookEndpointException.urlNotAllowed(error.reason);
      }
      throw error;
    }
  }

  private dispatchAfterCommit(endpointId: string): void {
    const organizationId = this.tenant.organizationId;
    this.tenant.afterCommit(() => void this.dispatchQueue.enqueue({ organizationId, endpointId }));
  }
}
