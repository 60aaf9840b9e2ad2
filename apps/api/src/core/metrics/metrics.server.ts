import { createServer, type Server } from 'node:http';
import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { MetricsRegistry } from './metrics-registry';

/** Loopback only: whoever can reach it is on the host, which is why it asks for no token. */
const HOST = '127.0.0.1';

/**
 * `/metrics` without a token on a plain HTTP server bound to 127.0.0.1, for a Prometheus (or
 * agent) on the same host. The worker has no HTTP server of its own, so this is its only way out.
 */
@Injectable()
export class MetricsServer implements OnApplicationShutdown {
  private readonly logger = new Logger(MetricsServer.name);
  private server: Server | undefined;

  constructor(@Inject(MetricsRegistry) private readonly registry: MetricsRegistry) {}

  async listen(port: number): Promise<void> {
    const server = createServer((request, response) => {
      const path = (request.url ?? '/').split('?')[0];
      if (request.method !== 'GET' || path !== '/metrics') {
        response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found\n');
        return;
      }
      this.registry.metrics().then(
        (text) => response.writeHead(200, { 'content-type': this.registry.contentType }).end(text),
        (error: unknown) => {
          this.logger.error({ msg: 'metrics could not be collected', err: error });
          response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end();
        },
      );
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, HOST, () => {
        server.off('error', reject);
        resolve();
      });
    });
    this.server = server;
    this.logger.log({ msg: 'metrics served on loopback', url: `http://${HOST}:${port}/metrics` });
  }

  async onApplicationShutdown(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
