import { Injectable } from '@nestjs/common';
import { IntegrationProvider } from '@loved/shared';
import { IntegrationsService } from '../integrations/integrations.service';
import type { EmailCredentials, EmailSettings } from './email-credentials.type';
import { EmailException } from './email.exception';

/** A connected mailbox, ready to send and sync. */
export type EmailAccount = { credentials: EmailCredentials; settings: EmailSettings };

/** The current organisation's mailbox as the rest of the channel uses it. */
@Injectable()
export class EmailAccountService {
  constructor(private readonly integrations: IntegrationsService) {}

  async requireActive(): Promise<EmailAccount> {
    const integration = await this.integrations.findActive(IntegrationProvider.Email);
    if (!integration) throw EmailException.notConnected();
    return {
      credentials: this.integrations.credentials<EmailCredentials>(integration),
      settings: integration.settings as EmailSettings,
    };
  }
}
