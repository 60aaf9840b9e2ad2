import { Injectable } from '@nestjs/common';
import {
  IntegrationProvider,
  MailAuthMethod,
  type EmailIntegrationResponse,
  type MailServerSettings,
} from '@loved/shared';
import { IntegrationsService } from '../integrations/integrations.service';
import type { ConnectEmailDto, MailOAuth2GrantDto } from './dto/connect-email.dto';
import type { EmailCredentials, EmailSettings, StoredMailOAuth2 } from './email-credentials.type';
import { toEmailIntegrationResponse } from './email-integration.mapper';
import { EmailException } from './email.exception';
import { expiresAt, MailAccessTokenService } from './mail/mail-access-token.service';
import { MailLoginProbe } from './mail/mail-login.probe';
import type { MailSecret } from './mail/mail-secret';

const DEFAULT_SYNC_DAYS = 30;

/** Connecting a mailbox: both logins are proven before anything is saved. */
@Injectable()
export class EmailConnectService {
  constructor(
    private readonly integrations: IntegrationsService,
    private readonly probe: MailLoginProbe,
    private readonly tokens: MailAccessTokenService,
  ) {}

  async status(): Promise<EmailIntegrationResponse> {
    return toEmailIntegrationResponse(await this.integrations.find(IntegrationProvider.Email));
  }

  async connect(
    input: ConnectEmailDto,
  ): Promise<{ response: EmailIntegrationResponse; created: boolean }> {
    const { credentials, imapSecret, smtpSecret } = await this.loginsOf(input);
    // Both at once: a slow server costs one timeout, not two.
    const [imap, smtp] = await Promise.all([
      this.probe.imap(credentials.imap, imapSecret),
      this.probe.smtp(credentials.smtp, smtpSecret),
    ]);
    if (!imap.ok) throw EmailException.imapLoginFailed(imap.reason);
    if (!smtp.ok) throw EmailException.smtpLoginFailed(smtp.reason);
    const settings: EmailSettings = {
      email_address: input.email_address,
      display_name: input.display_name ?? null,
      auth: credentials.oauth2 ? MailAuthMethod.OAuth2 : MailAuthMethod.Password,
      oauth_provider: credentials.oauth2?.provider ?? null,
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

  /**
   * What is sealed and what each server is tried with: the passwords, or the OAuth2 grant for
   * both (renewed first when it came already expiring), the servers then without password.
   */
  private async loginsOf(
    input: ConnectEmailDto,
  ): Promise<{ credentials: EmailCredentials; imapSecret: MailSecret; smtpSecret: MailSecret }> {
    if (input.auth === MailAuthMethod.OAuth2 && input.oauth2) {
      const grant = await this.tokens.fresh(storedGrant(input.oauth2));
      const secret = { accessToken: grant.access_token };
      return {
        credentials: {
          imap: withoutPassword(input.imap),
          smtp: withoutPassword(input.smtp),
          oauth2: grant,
        },
        imapSecret: secret,
        smtpSecret: secret,
      };
    }
    if (!input.imap.password) throw EmailException.passwordRequired('imap');
    if (!input.smtp.password) throw EmailException.passwordRequired('smtp');
    return {
      credentials: { imap: input.imap, smtp: input.smtp },
      imapSecret: { password: input.imap.password },
      smtpSecret: { password: input.smtp.password },
    };
  }

  async disconnect(): Promise<void> {
    await this.integrations.disconnect(IntegrationProvider.Email);
  }
}

function withoutPassword(server: MailServerSettings): MailServerSettings {
  return {
    host: server.host,
    port: server.port,
    secure: server.secure,
    username: server.username,
  };
}

function storedGrant(grant: MailOAuth2GrantDto): StoredMailOAuth2 {
  return {
    provider: grant.provider,
    access_token: grant.access_token,
    expires_at: expiresAt(grant.expires_in),
    refresh_token: grant.refresh_token ?? null,
    client_id: grant.client_id ?? null,
    client_secret: grant.client_secret ?? null,
  };
}
