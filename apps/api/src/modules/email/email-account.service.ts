import { Injectable } from '@nestjs/common';
import { IntegrationProvider } from '@loved/shared';
import { IntegrationsService } from '../integrations/integrations.service';
import type { EmailCredentials, EmailSettings } from './email-credentials.type';
import { EmailException } from './email.exception';
import { MailAccessTokenService } from './mail/mail-access-token.service';
import type { MailSecret } from './mail/mail-secret';

/** A connected mailbox, ready to send and sync: its servers and what to log in with now. */
export type EmailAccount = {
  credentials: EmailCredentials;
  settings: EmailSettings;
  imap: MailSecret;
  smtp: MailSecret;
};

/** The current organisation's mailbox as the rest of the channel uses it. */
@Injectable()
export class EmailAccountService {
  constructor(
    private readonly integrations: IntegrationsService,
    private readonly tokens: MailAccessTokenService,
  ) {}

  /** The active mailbox, or null when none is connected (or it must be reconnected). */
  async findActive(): Promise<EmailAccount | null> {
    const integration = await this.integrations.findActive(IntegrationProvider.Email);
    if (!integration) return null;
    const secrets = await this.tokens.secretsFor(integration);
    return { ...secrets, settings: integration.settings as EmailSettings };
  }

  async requireActive(): Promise<EmailAccount> {
    const account = await this.findActive();
    if (!account) throw EmailException.notConnected();
    return account;
  }
}
