import { Injectable } from '@nestjs/common';
import { IntegrationProvider, type TwilioIntegrationResponse } from '@loved/shared';
import { IntegrationsService } from '../integrations/integrations.service';
import { TwilioApiError } from './client/twilio-api.errors';
import { TwilioRestClient, type TwilioAccount as RestAccount } from './client/twilio-rest.client';
import type { ConnectTwilioDto } from './dto/connect-twilio.dto';
import type { TwilioCredentials, TwilioSettings } from './twilio-credentials.type';
import { toTwilioIntegrationResponse } from './twilio-integration.mapper';
import { TwilioException } from './twilio.exception';

/** Connecting an account: the credentials are proven against Twilio before anything is saved. */
@Injectable()
export class TwilioConnectService {
  constructor(
    private readonly integrations: IntegrationsService,
    private readonly twilio: TwilioRestClient,
  ) {}

  async status(origin: string): Promise<TwilioIntegrationResponse> {
    const integration = await this.integrations.find(IntegrationProvider.Twilio);
    return toTwilioIntegrationResponse(integration, origin);
  }

  async connect(
    input: ConnectTwilioDto,
    origin: string,
  ): Promise<{ response: TwilioIntegrationResponse; created: boolean }> {
    const account = await this.checkCredentials(input);
    const credentials: TwilioCredentials = {
      account_sid: input.account_sid,
      auth_token: input.auth_token,
    };
    const settings: TwilioSettings = {
      friendly_name: account.friendlyName,
      phone_number: input.phone_number,
      agent_phone: input.agent_phone,
    };
    const { integration, created } = await this.integrations.connect({
      provider: IntegrationProvider.Twilio,
      accountId: input.account_sid,
      credentials,
      settings,
    });
    return { response: toTwilioIntegrationResponse(integration, origin), created };
  }

  async disconnect(): Promise<void> {
    await this.integrations.disconnect(IntegrationProvider.Twilio);
  }

  private async checkCredentials(input: ConnectTwilioDto): Promise<RestAccount> {
    try {
      const account = await this.twilio.fetchAccount({
        accountSid: input.account_sid,
        authToken: input.auth_token,
      });
      if (account.status !== 'active') {
        throw TwilioException.credentialsInvalid(`the account is ${account.status}`);
      }
      return account;
    } catch (error) {
      if (error instanceof TwilioException) throw error;
      if (error instanceof TwilioApiError) throw TwilioException.credentialsInvalid(error.message);
      throw TwilioException.unreachable();
    }
  }
}
