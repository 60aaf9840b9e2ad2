import { Injectable } from '@nestjs/common';
import { IntegrationProvider, IntegrationStatus } from '@loved/shared';
import { TenantContextService } from '../../core/tenancy/tenant-context.service';
import { IntegrationsService } from '../integrations/integrations.service';
import type { IntegrationEntity } from '../integrations/integration.entity';
import { GraphApiError } from './graph/graph-api.errors';
import type { GraphCredentials } from './graph/graph-api.types';
import type { WhatsAppCredentials, WhatsAppSettings } from './whatsapp-credentials.type';
import { WhatsAppException } from './whatsapp.exception';

/** A connected number, ready for Graph API calls. */
export type WhatsAppAccount = {
  integration: IntegrationEntity;
  graph: GraphCredentials;
  settings: WhatsAppSettings;
};

/**
 * The current organisation's WhatsApp number as the rest of the channel uses it: its Graph
 * credentials, and the one reaction to Meta refusing them (the admin must reconnect).
 */
@Injectable()
export class WhatsAppAccountService {
  constructor(
    private readonly tenant: TenantContextService,
    private readonly integrations: IntegrationsService,
  ) {}

  /** The active account; `needs_reauth` and disconnected numbers cannot send. */
  async requireActive(): Promise<WhatsAppAccount> {
    const integration = await this.integrations.findActive(IntegrationProvider.WhatsApp);
    if (!integration) throw WhatsAppException.notConnected();
    return this.accountOf(integration);
  }

  /** The account whatever its state (media of inbound messages is fetched while it lasts). */
  async find(): Promise<WhatsAppAccount | null> {
    const integration = await this.integrations.find(IntegrationProvider.WhatsApp);
    if (!integration || integration.status === IntegrationStatus.Disconnected) return null;
    return this.accountOf(integration);
  }

  /**
   * Marks the integration `needs_reauth` when Meta says the token is no longer valid; committed
   * on its own, since the caller usually fails (and rolls back) right after.
   */
  async noteFailure(account: WhatsAppAccount, error: unknown): Promise<void> {
    if (!(error instanceof GraphApiError) || !error.isAuthFailure) return;
    const { id, organizationId } = account.integration;
    await this.tenant.runIndependently({ organizationId }, () =>
      this.integrations.markNeedsReauth(id, {
        code: `graph_${error.code ?? error.httpStatus}`,
        message: error.message,
      }),
    );
  }

  private accountOf(integration: IntegrationEntity): WhatsAppAccount {
    const credentials = this.integrations.credentials<WhatsAppCredentials>(integration);
    const settings = integration.settings as WhatsAppSettings;
    return {
      integration,
      settings,
      graph: {
        integrationId: integration.id,
        phoneNumberId: settings.phone_number_id,
        wabaId: settings.waba_id,
        accessToken: credentials.access_token,
      },
    };
  }
}
