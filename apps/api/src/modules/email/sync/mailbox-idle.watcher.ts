import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import type { ImapFlow } from 'imapflow';
import { DataSource } from 'typeorm';
import { IntegrationProvider } from '@loved/shared';
import { APP_CONFIG, type AppConfig } from '../../../core/config/app-config';
import { JobQueue } from '../../../core/queue/job-queue';
import { PROCESSES_JOBS } from '../../../core/queue/processes-jobs.token';
import { QueueName } from '../../../core/queue/queue-name.constant';
import { repeatEvery } from '../../../core/scheduling/repeat-every';
import { TenantContextService } from '../../../core/tenancy/tenant-context.service';
import { IntegrationsService } from '../../integrations/integrations.service';
import { MailAccessTokenService } from '../mail/mail-access-token.service';
import { imapClient } from '../mail/mail-clients';
import { MAILBOX_SYNC_JOB, type MailboxSyncJobData } from './mailbox-sync.job';

const CONNECT_TIMEOUT_MS = 30_000;
/** Longest silence on an IDLE connection before it is dropped and opened again. */
const IDLE_SOCKET_TIMEOUT_MS = 30 * 60_000;
/** imapflow ends and restarts IDLE this often, as RFC 2177 asks (servers drop it at 30 min). */
const IDLE_RESTART_MS = 5 * 60_000;
/** Two workers told of the same new message inside one slot queue one sync. */
const PUSH_SLOT_MS = 5_000;

type Watch = { key: string; client: ImapFlow };

/**
 * Keeps one IMAP connection per connected mailbox on its INBOX, in the process that runs jobs.
 * imapflow sits in IDLE where the server offers it (else it polls with NOOP), and each new
 * message queues the same sync job the poller queues, so e-mail reaches the timeline in
 * seconds. Every EMAIL_SYNC_INTERVAL_MS the set of connections follows the mailboxes: new or
 * reconnected ones are opened, disconnected ones closed, dropped ones opened again.
 */
@Injectable()
export class MailboxIdleWatcher implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(MailboxIdleWatcher.name);
  private readonly watches = new Map<string, Watch>();
  private stop?: () => void;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(PROCESSES_JOBS) private readonly processesJobs: boolean,
    private readonly dataSource: DataSource,
    private readonly tenant: TenantContextService,
    private readonly integrations: IntegrationsService,
    private readonly tokens: MailAccessTokenService,
    private readonly queue: JobQueue,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.env.EMAIL_IDLE || !this.processesJobs) return;
    void this.reconcile().catch((error: unknown) =>
      this.logger.warn({ err: error }, 'mailbox IDLE watch not started'),
    );
    this.stop = repeatEvery(
      this.config.env.EMAIL_SYNC_INTERVAL_MS,
      () => this.reconcile(),
      (error) => this.logger.warn({ err: error }, 'mailbox IDLE watch not refreshed'),
    );
  }

  async onApplicationShutdown(): Promise<void> {
    this.stop?.();
    await Promise.all([...this.watches.keys()].map((organizationId) => this.close(organizationId)));
  }

  /** The organisations whose INBOX is watched now (for health checks and tests). */
  watching(): string[] {
    return [...this.watches.keys()];
  }

  /** Opens, keeps or closes one watch per organisation so they match its active mailbox. */
  async reconcile(): Promise<void> {
    const rows = await this.dataSource.query<Array<{ organization_id: string }>>(
      'SELECT organization_id FROM app_active_integration_orgs($1)',
      [IntegrationProvider.Email],
    );
    const active = new Set(rows.map((row) => row.organization_id));
    for (const organizationId of this.watches.keys()) {
      if (!active.has(organizationId)) await this.close(organizationId);
    }
    for (const organizationId of active) {
      await this.watch(organizationId).catch((error: unknown) =>
        this.logger.warn({ orgId: organizationId, err: error }, 'mailbox IDLE watch failed'),
      );
    }
  }

  private async watch(organizationId: string): Promise<void> {
    const mailbox = await this.tenant.run({ organizationId }, async () => {
      const integration = await this.integrations.findActive(IntegrationProvider.Email);
      if (!integration) return null;
      // A reconnect (new server or password) changes connectedAt: the watch is opened again.
      const key = `${integration.id}:${integration.connectedAt?.toISOString() ?? ''}`;
      // Only a new watch logs in, so only it may need an OAuth2 token renewed.
      if (this.watches.get(organizationId)?.key === key) return { key, secrets: null };
      return { key, secrets: await this.tokens.secretsFor(integration) };
    });
    const current = this.watches.get(organizationId);
    if (current && current.key === mailbox?.key) return;
    if (current) await this.close(organizationId);
    if (!mailbox?.secrets) return;

    const { credentials, imap } = mailbox.secrets;
    const client = imapClient(credentials.imap, imap, {
      timeoutMs: CONNECT_TIMEOUT_MS,
      idle: {
        socketTimeoutMs: IDLE_SOCKET_TIMEOUT_MS,
        maxIdleTimeMs: IDLE_RESTART_MS,
        // The watch sends no commands of its own: IDLE may start as soon as INBOX is open.
        autoIdleDelayMs: 1_000,
      },
    });
    client.on('error', (error: unknown) =>
      this.logger.warn({ orgId: organizationId, err: error }, 'IMAP IDLE connection error'),
    );
    client.on('close', () => {
      // Dropped by the server or the network: the next reconcile opens it again.
      if (this.watches.get(organizationId)?.client === client) this.watches.delete(organizationId);
    });
    client.on('exists', (update: { count: number; prevCount: number }) => {
      if (update.count > update.prevCount) void this.queueSync(organizationId, update.count);
    });
    await client.connect();
    await client.mailboxOpen('INBOX', { readOnly: true });
    this.watches.set(organizationId, { key: mailbox.key, client });
    this.logger.log({ orgId: organizationId, idle: client.capabilities.has('IDLE') }, 'watching');
  }

  private async queueSync(organizationId: string, count: number): Promise<void> {
    const slot = Math.floor(Date.now() / PUSH_SLOT_MS);
    await this.queue
      .enqueue<MailboxSyncJobData>(
        QueueName.Default,
        MAILBOX_SYNC_JOB,
        { organizationId },
        { jobId: `email-push:${organizationId}:${count}:${slot}`, attempts: 1 },
      )
      .catch((error: unknown) =>
        this.logger.warn({ orgId: organizationId, err: error }, 'new e-mail sync not queued'),
      );
  }

  private async close(organizationId: string): Promise<void> {
    const watch = this.watches.get(organizationId);
    if (!watch) return;
    this.watches.delete(organizationId);
    await watch.client.logout().catch(() => watch.client.close());
  }
}
