import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { SMTPServer, type SMTPServerAddress, type SMTPServerSession } from 'smtp-server';
import { IntegrationProvider } from '@loved/shared';
import { APP_CONFIG, type AppConfig } from '../../../core/config/app-config';
import { WebhookInboxService } from '../../integrations/inbox/webhook-inbox.service';
import { EmailDropboxService } from './email-dropbox.service';

/** Organisations a session's accepted recipients belong to. */
type DropboxSession = SMTPServerSession & { organizations?: Set<string> };

/**
 * The drop-box's SMTP receiver: accepts mail only for known drop-box addresses, and stores each
 * message in the durable inbox for the worker to place on its lead (the 250 answer is the
 * promise it was stored). Started by the API process only (`main.ts`), never by the worker.
 */
@Injectable()
export class EmailDropboxServer implements OnApplicationShutdown {
  private readonly logger = new Logger(EmailDropboxServer.name);
  private server?: SMTPServer;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dropboxes: EmailDropboxService,
    private readonly inbox: WebhookInboxService,
  ) {}

  /** Listens on `port` (EMAIL_DROPBOX_PORT unless given); resolves to the port bound. */
  listen(port = this.config.env.EMAIL_DROPBOX_PORT ?? 0, host = '0.0.0.0'): Promise<number> {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['AUTH', 'STARTTLS'],
      size: this.config.env.MAX_FILE_SIZE_MB * 1024 * 1024,
      logger: false,
      onRcptTo: (address, session, callback) => {
        void this.accept(address, session as DropboxSession).then(
          (ok) =>
            callback(
              ok ? undefined : Object.assign(new Error('No such mailbox'), { responseCode: 550 }),
            ),
          (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
        );
      },
      onData: (stream, session, callback) => {
        void this.store(stream, session as DropboxSession).then(
          () => callback(),
          (error: unknown) => {
            this.logger.warn({ err: error }, 'drop-box message not stored');
            callback(Object.assign(new Error('Try again later'), { responseCode: 451 }));
          },
        );
      },
    });
    server.on('error', (error) => this.logger.warn({ err: error }, 'drop-box SMTP error'));
    this.server = server;
    return new Promise((resolve) => {
      server.listen(port, host, () => {
        const address = server.server.address();
        resolve(typeof address === 'object' && address ? address.port : port);
      });
    });
  }

  async onApplicationShutdown(): Promise<void> {
    const server = this.server;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private async accept(address: SMTPServerAddress, session: DropboxSession): Promise<boolean> {
    const organizationId = await this.dropboxes.organizationOf(address.address);
    if (!organizationId) return false;
    (session.organizations ??= new Set()).add(organizationId);
    return true;
  }

  private async store(stream: Readable, session: DropboxSession): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    const digest = createHash('sha256').update(raw).digest('hex');
    for (const organizationId of session.organizations ?? []) {
      await this.inbox.accept({
        provider: IntegrationProvider.Email,
        eventKey: `dropbox:${organizationId}:${digest}`,
        organizationId,
        payload: { source: 'dropbox', raw: raw.toString('base64') },
        updateCount: 1,
      });
    }
  }
}
