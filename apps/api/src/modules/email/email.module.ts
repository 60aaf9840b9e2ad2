import { Module } from '@nestjs/common';
import { provideTenantRepository } from '../../core/tenancy/tenant-scoped.repository';
import { CommunicationEntity } from '../communications/communication.entity';
import { CommunicationsModule } from '../communications/communications.module';
import { FilesModule } from '../files/files.module';
import { IntegrationsModule } from '../integrations/integrations.module';
import { LeadsModule } from '../leads/leads.module';
import { EmailDropboxController } from './dropbox/email-dropbox.controller';
import { EmailDropboxEntity } from './dropbox/email-dropbox.entity';
import { EmailDropboxJob } from './dropbox/email-dropbox.job';
import { EmailDropboxServer } from './dropbox/email-dropbox.server';
import { EmailDropboxService } from './dropbox/email-dropbox.service';
import { EmailAccountService } from './email-account.service';
import { EmailConnectService } from './email-connect.service';
import { EmailIntegrationController } from './email-integration.controller';
import { MailAccessTokenService } from './mail/mail-access-token.service';
import { MailLoginProbe } from './mail/mail-login.probe';
import { EmailReplyService } from './send/email-reply.service';
import { EmailSendController } from './send/email-send.controller';
import { EmailSendService } from './send/email-send.service';
import { EmailTimelineService } from './sync/email-timeline.service';
import { MailboxIdleWatcher } from './sync/mailbox-idle.watcher';
import { MailboxSyncJob } from './sync/mailbox-sync.job';
import { MailboxSyncScheduler } from './sync/mailbox-sync.scheduler';
import { MailboxSyncService } from './sync/mailbox-sync.service';

/**
 * The e-mail channel: an IMAP + SMTP mailbox per organisation, sending from the lead page, and
 * the mailbox synced into the timeline.
 */
@Module({
  imports: [IntegrationsModule, LeadsModule, CommunicationsModule, FilesModule],
  controllers: [EmailIntegrationController, EmailSendController, EmailDropboxController],
  providers: [
    MailLoginProbe,
    MailAccessTokenService,
    EmailConnectService,
    EmailAccountService,
    EmailReplyService,
    EmailSendService,
    EmailTimelineService,
    MailboxSyncService,
    MailboxSyncJob,
    MailboxSyncScheduler,
    MailboxIdleWatcher,
    EmailDropboxService,
    EmailDropboxServer,
    EmailDropboxJob,
    provideTenantRepository(EmailDropboxEntity),
    provideTenantRepository(CommunicationEntity),
  ],
})
export class EmailModule {}
