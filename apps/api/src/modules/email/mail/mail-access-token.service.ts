import { Inject, Injectable } from '@nestjs/common';
import { IntegrationProvider, MailOAuthProvider } from '@loved/shared';
import { APP_CONFIG, type AppConfig } from '../../../core/config/app-config';
import { TenantContextService } from '../../../core/tenancy/tenant-context.service';
import type { IntegrationEntity } from '../../integrations/integration.entity';
import { IntegrationsService } from '../../integrations/integrations.service';
import type { EmailCredentials, StoredMailOAuth2 } from '../email-credentials.type';
import { EmailErrorCode, EmailException } from '../email.exception';
import type { MailSecret } from './mail-secret';

/** A token this close to its end is renewed first: a sync or a send outlasts a few seconds. */
const RENEW_BEFORE_MS = 120_000;
const TOKEN_TIMEOUT_MS = 10_000;

/** What a mailbox logs in to each server with, right now. */
export type MailSecrets = { credentials: EmailCredentials; imap: MailSecret; smtp: MailSecret };

type TokenAnswer = { access_token?: unknown; expires_in?: unknown; refresh_token?: unknown };
type TokenError = { error?: unknown; error_description?: unknown };

/**
 * The secrets a mailbox logs in with. A password mailbox has one per server; an OAuth2 one has
 * an access token, renewed at its provider's token endpoint (refresh_token grant, RFC 6749
 * §6) when it is about to expire and the grant holds a refresh token and client id. A renewed
 * token is sealed back at once; a refused renewal marks the mailbox for reconnecting. Both are
 * committed on their own: the send or sync that found out may still fail and roll back.
 */
@Injectable()
export class MailAccessTokenService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tenant: TenantContextService,
    private readonly integrations: IntegrationsService,
  ) {}

  /** For a connected mailbox, in its organisation's tenant context. */
  async secretsFor(integration: IntegrationEntity): Promise<MailSecrets> {
    const credentials = this.integrations.credentials<EmailCredentials>(integration);
    const grant = credentials.oauth2;
    if (!grant) {
      return {
        credentials,
        imap: { password: credentials.imap.password ?? '' },
        smtp: { password: credentials.smtp.password ?? '' },
      };
    }
    const identity = { organizationId: integration.organizationId };
    const current = await this.fresh(grant).catch(async (error: unknown) => {
      if (error instanceof EmailException && error.code === EmailErrorCode.OAuthRefreshRefused) {
        await this.tenant.runIndependently(identity, () =>
          this.integrations.markNeedsReauth(integration.id, {
            code: error.code,
            message: error.message,
          }),
        );
      }
      throw error;
    });
    const renewed = { ...credentials, oauth2: current };
    if (current !== grant) {
      await this.tenant.runIndependently(identity, () =>
        this.integrations.replaceCredentials(IntegrationProvider.Email, renewed),
      );
    }
    const secret = { accessToken: current.access_token };
    return { credentials: renewed, imap: secret, smtp: secret };
  }

  /** The grant itself while its token lasts, else a renewed copy (when it can be renewed). */
  async fresh(grant: StoredMailOAuth2): Promise<StoredMailOAuth2> {
    const expiring =
      grant.expires_at !== null && Date.parse(grant.expires_at) - RENEW_BEFORE_MS <= Date.now();
    if (!expiring || !grant.refresh_token || !grant.client_id) return grant;
    const answer = await this.requestToken(grant.provider, {
      grant_type: 'refresh_token',
      refresh_token: grant.refresh_token,
      client_id: grant.client_id,
      ...(grant.client_secret ? { client_secret: grant.client_secret } : {}),
    });
    if (typeof answer.access_token !== 'string' || answer.access_token === '') {
      throw EmailException.oauthRefreshRefused('the answer carried no access_token');
    }
    return {
      ...grant,
      access_token: answer.access_token,
      expires_at: expiresAt(answer.expires_in),
      // Microsoft rotates refresh tokens; Google keeps the old one valid and sends none.
      refresh_token:
        typeof answer.refresh_token === 'string' ? answer.refresh_token : grant.refresh_token,
    };
  }

  private async requestToken(
    provider: MailOAuthProvider,
    form: Record<string, string>,
  ): Promise<TokenAnswer> {
    let response: Response;
    try {
      response = await fetch(this.tokenUrl(provider), {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          accept: 'application/json',
        },
        body: new URLSearchParams(form).toString(),
        signal: AbortSignal.timeout(TOKEN_TIMEOUT_MS),
      });
    } catch (error) {
      throw EmailException.oauthUnreachable(error instanceof Error ? error.message : String(error));
    }
    const body = (await response.json().catch(() => ({}))) as TokenAnswer & TokenError;
    if (response.ok) return body;
    if (response.status >= 500) throw EmailException.oauthUnreachable(`HTTP ${response.status}`);
    const reason = [body.error, body.error_description].filter((part) => typeof part === 'string');
    throw EmailException.oauthRefreshRefused(reason.join(': ') || `HTTP ${response.status}`);
  }

  private tokenUrl(provider: MailOAuthProvider): string {
    return provider === MailOAuthProvider.Google
      ? this.config.env.GOOGLE_OAUTH_TOKEN_URL
      : this.config.env.MICROSOFT_OAUTH_TOKEN_URL;
  }
}

/** `expires_in` seconds from now, as an instant; null when the answer did not say. */
export function expiresAt(expiresIn: unknown): string | null {
  return typeof expiresIn === 'number' && Number.isFinite(expiresIn) && expiresIn > 0
    ? new Date(Date.now() + expiresIn * 1000).toISOString()
    : null;
}
