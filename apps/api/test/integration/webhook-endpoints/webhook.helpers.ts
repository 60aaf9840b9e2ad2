import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Webhook } from 'standardwebhooks';
import type {
  CreatedWebhookEndpointResponse,
  ListEnvelope,
  WebhookDeliveryResponse,
  WebhookEventType,
} from '@loved/shared';
import { asMember, type Session } from '../../utils/identity.helpers';

export type ReceivedWebhook = {
  headers: IncomingHttpHeaders;
  body: string;
  id: string;
  type: string;
  data: Record<string, unknown>;
};

/** How the receiver answers: 200, 503, or never (the request hangs). */
export type ReceiverMode = 'ok' | 'unavailable' | 'hang';

/**
 * A real HTTP receiver on 127.0.0.1. `accepted` holds what it answered 2xx, in arrival order;
 * `requests` every request it saw. `stop()` closes the port (connection refused) and `start()`
 * opens the same port again.
 */
export class WebhookReceiver {
  mode: ReceiverMode = 'ok';
  readonly requests: ReceivedWebhook[] = [];
  readonly accepted: ReceivedWebhook[] = [];
  private server?: Server;
  private port = 0;

  get url(): string {
    return `http://127.0.0.1:${this.port}/hooks/loved`;
  }

  async start(): Promise<void> {
    const server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        const parsed = JSON.parse(body) as { type: string; data: Record<string, unknown> };
        const received: ReceivedWebhook = {
          headers: request.headers,
          body,
          id: String(request.headers['webhook-id']),
          type: parsed.type,
          data: parsed.data,
        };
        this.requests.push(received);
        if (this.mode === 'hang') return;
        if (this.mode === 'unavailable') {
          response.writeHead(503, { 'content-type': 'text/plain' }).end('down for maintenance');
          return;
        }
        this.accepted.push(received);
        response.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', resolve));
    this.port = (server.address() as AddressInfo).port;
    this.server = server;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Waits until `predicate` holds (polling), or fails after `timeoutMs`. */
  async waitFor(predicate: () => boolean, what: string, timeoutMs = 15_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!predicate()) {
      if (Date.now() > deadline) {
        throw new Error(
          `timed out waiting for ${what}; saw ${this.requests.map((r) => r.type).join(', ')}`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }
}

/** Checks the Standard Webhooks signature as a receiver would; throws when it does not hold. */
export function verifySignature(secret: string, received: ReceivedWebhook): unknown {
  return new Webhook(secret).verify(received.body, received.headers as Record<string, string>);
}

export async function createEndpoint(
  app: NestFastifyApplication,
  admin: Session,
  url: string,
  events: WebhookEventType[],
): Promise<CreatedWebhookEndpointResponse> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/webhook-endpoints',
    headers: asMember(admin, admin.organizationId),
    payload: { url, events },
  });
  if (res.statusCode !== 201) throw new Error(`create endpoint: ${res.statusCode} ${res.body}`);
  return res.json<CreatedWebhookEndpointResponse>();
}

export async function listDeliveries(
  app: NestFastifyApplication,
  admin: Session,
  endpointId: string,
): Promise<WebhookDeliveryResponse[]> {
  const res = await app.inject({
    method: 'GET',
    url: `/api/v1/webhook-endpoints/${endpointId}/deliveries?limit=100`,
    headers: asMember(admin, admin.organizationId),
  });
  if (res.statusCode !== 200) throw new Error(`deliveries: ${res.statusCode} ${res.body}`);
  return res.json<ListEnvelope<WebhookDeliveryResponse>>().items;
}

export const ALL_EVENTS: WebhookEventType[] = [
  'lead.created',
  'lead.updated',
  'lead.moved',
  'lead.deleted',
  'communication.created',
  'communication.status_changed',
];
