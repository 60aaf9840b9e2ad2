import { Injectable } from '@nestjs/common';
import { IntegrationProvider } from '@loved/shared';
import { TenantContextService } from '../../core/tenancy/tenant-context.service';
import type { IntegrationEntity } from '../integrations/integration.entity';
import { IntegrationsService } from '../integrations/integrations.service';
import { TwilioApiError } from './client/twilio-api.errors';
import type { TwilioAuth } from './client/twilio-rest.client';
import type { TwilioCredentials, TwilioSettings } from './twilio-credentials.type';
import { TwilioException } from './twilio.exception';

/** A connected Twilio account, ready for REST calls. */
export type TwilioAccount = {
  integration: IntegrationEntity;
  auth: TwilioAuth;
  settings: TwilioSettings;
};

/**
 * The current organisation's Twilio account as the rest of the channel uses it: its REST
 * credentials, and the one reaction to Twilio refusing them (the admin must reconnect).
 */
@Injectable()
export class TwilioAccountService {
  constructor(
    private readonly tenant: TenantContextService,
    private readonly integrations: IntegrationsService,
  ) {}

  /** The active account; `needs_reauth` and disconnected accounts cannot place calls. */
  async requireActive(): Promise<TwilioAccount> {
    const integration = await this.integrations.findActive(IntegrationProvider.Twilio);
    if (!integration) throw TwilioException.notConnected();
    return this.accountOf(integration);
  }

  /**
   * Marks the integration `needs_reauth` when Twilio says the credentials are no longer valid;
   * committed on its own, since the caller usually fails (and rolls back) right after.
   */
  async noteFailure(account: TwilioAccount, error: unknown): Promise<void> {
    if (!(error instanceof TwilioApiError) || !error.isAuthFailure) return;
    const { id, organizationId } = account.integration;
    await this.tenant.runIndependently({ organizationId }, () =>
      this.integrations.markNeedsReauth(id, {
        code: `twilio_${error.code ?? error.httpStatus}`,
        message: error.message,
      }),
    );
  }

  accountOf(integration: IntegrationEntity): TwilioAccount {
    const credentials = this.integrations.credentials<TwilioCredentials>(integration);
    return {
      integration,
      settings: integration.settings as TwilioSettings,
      auth: { accountSid: credentials.account_sid, authToken: credentials.auth_token },
    };
  }
}
