import { Injectable, Logger } from '@nestjs/common';
import type { ImapFlow } from 'imapflow';
import { simpleParser } from 'mailparser';
import { IntegrationProvider } from '@loved/shared';
import { TenantContextService } from '../../../core/tenancy/tenant-context.service';
import { IntegrationsService } from '../../integrations/integrations.service';
import { LeadByEmailService } from '../../leads/lead-by-email.service';
import { EmailAccountService } from '../email-account.service';
import type { EmailCredentials, EmailSettings } from '../email-credentials.type';
import { imapClient } from '../mail/mail-clients';
import { EmailTimelineService } from './email-timeline.service';
import { toInboundEmail, type InboundEmail } from './inbound-email.util';

const DAY_MS = 86_400_000;
const DEFAULT_SYNC_DAYS = 30;
const IMAP_TIMEOUT_MS = 30_000;

type Mailbox = { credentials: EmailCredentials; settings: EmailSettings };

/**
 * Brings a mailbox's new messages into the timeline: the INBOX's messages after the last UID
 * synced (the first time, those of the last `sync_days` days), each parsed, placed on its lead
 * by address and recorded once by Message-ID with its attachments. The UID is saved after each
 * message, so a sync cut short resumes where it stopped, and a message seen twice is one entry.
 */
@Injectable()
export class MailboxSyncService {
  private readonly logger = new Logger(MailboxSyncService.name);

  constructor(
    private readonly tenant: TenantContextService,
    private readonly integrations: IntegrationsService,
    private readonly accounts: EmailAccountService,
    private readonly leads: LeadByEmailService,
    private readonly timeline: EmailTimelineService,
  ) {}

  /** Returns how many new communications it recorded. */
  async sync(organizationId: string): Promise<number> {
    const identity = { organizationId };
    const account = await this.tenant.run(identity, () => this.accounts.findActive());
    if (!account) return 0;
    const mailbox = {
      ...account,
      settings: account.settings as EmailSettings & Record<string, string | null>,
    };
    const client = imapClient(mailbox.credentials.imap, mailbox.imap, {
      timeoutMs: IMAP_TIMEOUT_MS,
    });
    client.on('error', (error: unknown) =>
      this.logger.warn({ orgId: organizationId, err: error }, 'IMAP connection error'),
    );
    await client.connect();
    const lock = await client.getMailboxLock('INBOX');
    try {
      return await this.syncInbox(identity, client, mailbox);
    } finally {
      lock.release();
      await client.logout().catch(() => client.close());
    }
  }

  private async syncInbox(
    identity: { organizationId: string },
    client: ImapFlow,
    mailbox: Mailbox & { settings: Record<string, string | null> },
  ): Promise<number> {
    const opened = client.mailbox;
    if (!opened) throw new Error('INBOX did not open');
    const validity = String(opened.uidValidity);
    // A new UIDVALIDITY means the server renumbered the mailbox: start over (dedupe holds).
    const lastUid =
      mailbox.settings.imap_uid_validity === validity
        ? Number(mailbox.settings.imap_last_uid ?? 0)
        : 0;
    const days = Number(mailbox.settings.sync_days ?? DEFAULT_SYNC_DAYS);
    const found =
      lastUid > 0
        ? await client.search({ uid: `${lastUid + 1}:*` }, { uid: true })
        : await client.search({ since: new Date(Date.now() - days * DAY_MS) }, { uid: true });
    // `n:*` answers the last message even when it is older than n: keep only the new ones.
    const uids = (found || []).filter((uid) => uid > lastUid).sort((a, b) => a - b);
    let recorded = 0;
    for (const uid of uids) {
      const message = await client.fetchOne(String(uid), { source: true }, { uid: true });
      if (message && message.source) {
        const email = toInboundEmail(
          await simpleParser(message.source),
          message.source,
          mailbox.settings.email_address,
        );
        if (await this.store(identity, mailbox.settings, email)) recorded += 1;
      }
      await this.tenant.run(identity, () =>
        this.integrations.updateSettings(IntegrationProvider.Email, {
          imap_uid_validity: validity,
          imap_last_uid: String(uid),
          last_synced_at: new Date().toISOString(),
        }),
      );
    }
    return recorded;
  }

  /** Records one message on its lead; false when it has no lead or was recorded already. */
  private async store(
    identity: { organizationId: string },
    settings: EmailSettings,
    email: InboundEmail,
  ): Promise<boolean> {
    const counterpart = email.counterpart;
    if (!counterpart) return false;
    let lead = await this.tenant.run(identity, () => this.leads.find(counterpart.address));
    if (!lead && settings.create_leads_for_unknown_senders === 'true') {
      lead = await this.tenant.run(identity, () =>
        this.leads.findOrCreate(counterpart.address, counterpart.name),
      );
    }
    if (!lead) return false;
    return this.timeline.record(identity, lead, email);
  }
}
