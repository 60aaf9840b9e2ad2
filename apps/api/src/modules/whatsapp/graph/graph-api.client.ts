import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import type { WhatsAppTemplate } from '@loved/shared';
import { APP_CONFIG, type AppConfig } from '../../../core/config/app-config';
import { ProviderCallMetrics } from '../../../core/metrics/provider-call.metrics';
import {
  GRAPH_PHONE_NUMBER_FIELDS,
  GRAPH_TEMPLATE_FIELDS,
  GRAPH_TEMPLATES_MAX_PAGES,
  GRAPH_TEMPLATES_PAGE_SIZE,
} from './graph-api.constant';
import type {
  GraphCredentials,
  GraphMediaInfo,
  GraphMediaUpload,
  GraphOutboundMessage,
  GraphPhoneNumber,
  GraphSendResult,
} from './graph-api.types';
import { GraphCircuitBreakers } from './graph-circuit-breakers';
import { toGraphMessageBody } from './graph-outbound-message.mapper';
import {
  toMediaInfo,
  toPhoneNumber,
  toSendResult,
  toTemplatePage,
  toUploadedMediaId,
} from './graph-response.mapper';
import { GraphTransport } from './graph-transport';
import { graphRootUrl } from './utils/graph-url.util';

/**
 * Meta's Graph API (WhatsApp Cloud API) for one integration's credentials at a time.
 * Throws `GraphApiError` when Meta refuses and `GraphUnavailableError` when it cannot be reached;
 * retries, timeouts and the per-integration circuit breaker live in `GraphTransport`.
 */
@Injectable()
export class GraphApiClient implements OnModuleDestroy {
  private readonly logger = new Logger(GraphApiClient.name);
  private readonly breakers: GraphCircuitBreakers;
  private readonly transport: GraphTransport;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    metrics: ProviderCallMetrics,
  ) {
    const env = this.config.env;
    this.breakers = new GraphCircuitBreakers(metrics);
    this.transport = new GraphTransport(
      graphRootUrl(env.GRAPH_API_BASE_URL, env.GRAPH_API_VERSION),
      env.GRAPH_API_TIMEOUT_MS,
      this.breakers,
      metrics,
    );
  }

  onModuleDestroy(): void {
    this.breakers.shutdown();
  }

  /** The number behind the credentials; also how a token is checked when an admin connects. */
  async getPhoneNumber(creds: GraphCredentials): Promise<GraphPhoneNumber> {
    const result = await this.transport.request(creds, {
      method: 'GET',
      segments: [creds.phoneNumberId],
      query: { fields: GRAPH_PHONE_NUMBER_FIELDS },
      idempotent: true,
    });
    return toPhoneNumber(result);
  }

  /** Where to download a media (inbound or uploaded); the URL lasts about five minutes. */
  async getMedia(creds: GraphCredentials, mediaId: string): Promise<GraphMediaInfo> {
    const result = await this.transport.request(creds, {
      method: 'GET',
      segments: [mediaId],
      // Meta then refuses media of another number, even one the token could read.
      query: { phone_number_id: creds.phoneNumberId },
      idempotent: true,
    });
    return toMediaInfo(result);
  }

  /** Headers to download a media URL from `getMedia` with: Meta wants the bearer token there too. */
  authorization(creds: GraphCredentials): Record<string, string> {
    return { Authorization: `Bearer ${creds.accessToken}` };
  }

  /**
   * Sends one message. Not repeated after a timeout or lost connection, since Meta may already
   * have delivered it; repeated after 429/5xx answers, which mean it was not accepted.
   */
  async sendMessage(
    creds: GraphCredentials,
    message: GraphOutboundMessage & { to: string },
  ): Promise<GraphSendResult> {
    const result = await this.transport.request(creds, {
      method: 'POST',
      segments: [creds.phoneNumberId, 'messages'],
      json: toGraphMessageBody(message),
      idempotent: false,
    });
    return toSendResult(result);
  }

  /** Uploads a file to send by id. A repeated upload only leaves an unused copy, which Meta expires. */
  async uploadMedia(creds: GraphCredentials, media: GraphMediaUpload): Promise<{ id: string }> {
    const result = await this.transport.request(creds, {
      method: 'POST',
      segments: [creds.phoneNumberId, 'media'],
      form: () => {
        const form = new FormData();
        form.set('messaging_product', 'whatsapp');
        form.set('type', media.contentType);
        form.set('file', new Blob([media.bytes], { type: media.contentType }), media.filename);
        return form;
      },
      idempotent: true,
    });
    return toUploadedMediaId(result);
  }

  /**
   * The WABA's message templates in every status (callers offer only `APPROVED` ones), following
   * Graph's cursor pages up to GRAPH_TEMPLATES_MAX_PAGES.
   */
  async listTemplates(creds: GraphCredentials): Promise<WhatsAppTemplate[]> {
    const templates: WhatsAppTemplate[] = [];
    let after: string | null = null;
    for (let page = 1; page <= GRAPH_TEMPLATES_MAX_PAGES; page += 1) {
      const query: Record<string, string> = {
        fields: GRAPH_TEMPLATE_FIELDS,
        limit: String(GRAPH_TEMPLATES_PAGE_SIZE),
      };
      if (after !== null) query.after = after;
      const result = await this.transport.request(creds, {
        method: 'GET',
        segments: [creds.wabaId, 'message_templates'],
        query,
        idempotent: true,
      });
      const parsed = toTemplatePage(result);
      templates.push(...parsed.templates);
      after = parsed.after;
      if (after === null) return templates;
    }
    this.logger.warn({
      msg: 'template list truncated at the page cap',
      integrationId: creds.integrationId,
      pages: GRAPH_TEMPLATES_MAX_PAGES,
    });
    return templates;
  }
}
