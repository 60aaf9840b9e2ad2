import { Injectable } from '@nestjs/common';
import { IntegrationProvider, type WhatsAppIntegrationResponse } from '@loved/shared';
import { hashVerifyToken } from '../integrations/integration-directory.service';
import { IntegrationsService } from '../integrations/integrations.service';
import type { ConnectWhatsAppDto } from './dto/connect-whatsapp.dto';
import { GraphApiClient } from './graph/graph-api.client';
import { GraphApiError } from './graph/graph-api.errors';
import type { WhatsAppCredentials, WhatsAppSettings } from './whatsapp-credentials.type';
import { toWhatsAppIntegrationResponse } from './whatsapp-integration.mapper';
import { WhatsAppException } from './whatsapp.exception';

export const WHATSAPP_WEBHOOK_PATH = '/api/v1/integrations/whatsapp/webhook';

/** Connecting a number: the token is proven against Meta before anything is saved. */
@Injectable()
export class WhatsAppConnectService {
  constructor(
    private readonly integrations: IntegrationsService,
    private readonly graph: GraphApiClient,
  ) {}

  async status(origin: string): Promise<WhatsAppIntegrationResponse> {
    const integration = await this.integrations.find(IntegrationProvider.WhatsApp);
    return toWhatsAppIntegrationResponse(integration, this.webhookUrl(origin));
  }

  async connect(
    input: ConnectWhatsAppDto,
    origin: string,
  ): Promise<{ response: WhatsAppIntegrationResponse; created: boolean }> {
    const phone = await this.checkToken(input);
    const credentials: WhatsAppCredentials = {
      access_token: input.access_token,
      app_secret: input.app_secret,
      verify_token: input.verify_token,
    };
    const settings: WhatsAppSettings = {
      phone_number_id: input.phone_number_id,
      waba_id: input.waba_id,
      display_phone_number: input.display_phone_number,
      verified_name: phone.verified_name,
    };
    const { integration, created } = await this.integrations.connect({
      provider: IntegrationProvider.WhatsApp,
      accountId: input.phone_number_id,
      credentials,
      settings,
      verifyTokenHash: hashVerifyToken(input.verify_token),
    });
    return {
      response: toWhatsAppIntegrationResponse(integration, this.webhookUrl(origin)),
      created,
    };
  }

  async disconnect(): Promise<void> {
    await this.integrations.disconnect(IntegrationProvider.WhatsApp);
  }

  private async checkToken(input: ConnectWhatsAppDto): Promise<{ verified_name: string | null }> {
    try {
      return await this.graph.getPhoneNumber({
        integrationId: `connect:${input.phone_number_id}`,
        phoneNumberId: input.phone_number_id,
        wabaId: input.waba_id,
        accessToken: input.access_token,
      });
    } catch (error) {
      if (error instanceof GraphApiError) {
        if (error.isAuthFailure) throw WhatsAppException.tokenInvalid(error.message);
        if (error.httpStatus === 400 || error.httpStatus === 404) {
          throw WhatsAppException.phoneNumberNotFound();
        }
      }
      throw WhatsAppException.unreachable();
    }
  }

  private webhookUrl(origin: string): string {
    return `${origin}${WHATSAPP_WEBHOOK_PATH}`;
  }
}
