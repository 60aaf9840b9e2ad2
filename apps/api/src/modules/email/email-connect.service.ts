import { Injectable } from '@nestjs/common';
import { IntegrationProvider, type EmailIntegrationResponse } from '@loved/shared';
import { IntegrationsService } from '../integrations/integrations.service';
import type { ConnectEmailDto } from './dto/connect-email.dto';
import type { EmailCredentials, EmailSettings } from './email-credentials.type';
import { toEmailIntegrationResponse } from './email-integration.mapper';
import { EmailException } from './email.exception';
import { MailLoginProbe } from './mail/mail-login.probe';

const DEFAULT_SYNC_DAYS = 30;

/** Connecting a mailbox: both logins are proven before anything is saved. */
@Injectable()
export class EmailConnectService {
  constructor(
    private readonly integrations: IntegrationsService,
    private readonly probe: MailLoginProbe,
  ) {}

  async status(): Promise<EmailIntegrationResponse> {
    return toEmailIntegrationResponse(await this.integrations.find(IntegrationProvider.Email));
  }

  async connect(
    input: ConnectEmailDto,
  ): Promise<{ response: EmailIntegrationResponse; created: boolean }> {
    // Both at once: a slow server costs one timeout, not two.
    const [imap, smtp] = await Promise.all([
      this.probe.imap(input.imap),
      this.probe.smtp(input.smtp),
    ]);
    if (!imap.ok) throw EmailException.imapLoginFailed(imap.reason);
    if (!smtp.ok) throw EmailException.smtpLoginFailed(smtp.reason);
    const credentials: EmailCredentials = { imap: input.imap, smtp: input.smtp };
    const settings: EmailSettings = {
      email_address: input.email_address,
      display_name: input.display_name ?? null,
      imap_host: input.imap.host,
      imap_port: String(input.imap.port),
      smtp_host: input.smtp.host,
      smtp_port: String(input.smtp.port),
      create_leads_for_unknown_senders: input.create_leads_for_unknown_senders ? 'true' : 'false',
      sync_days: String(input.sync_days ?? DEFAULT_SYNC_DAYS),
    };
    const { integration, created } = await this.integrations.connect({
      provider: IntegrationProvider.Email,
      accountId: input.email_address,
      credentials,
      settings,
    });
    return { response: toEmailIntegrationResponse(integration), created };
  }

  async disconnect(): Promise<void> {
    await this.integrations.disconnect(IntegrationProvider.Email);
  }
}
