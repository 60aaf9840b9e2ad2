import { randomBytes, randomInt } from 'node:crypto';
import type { APIRequestContext } from '@playwright/test';
import type { AuthResponse } from '@loved/shared';
import { startFakeTwilioApi, twilioSid, type FakeTwilioApi } from '@loved/testing';

/** Where the fake Twilio API listens; the e2e web server's TWILIO_API_BASE_URL points here. */
export const E2E_TWILIO_PORT = Number(process.env.E2E_TWILIO_PORT ?? 3218);

export const startE2eTwilioApi = (): Promise<FakeTwilioApi> =>
  startFakeTwilioApi({ port: E2E_TWILIO_PORT });

export type E2eTwilioAccount = {
  accountSid: string;
  authToken: string;
  phoneNumber: string;
  agentPhone: string;
};

/** Registers an account in the fake and connects it for the account's organisation. */
export async function connectTwilioViaApi(
  request: APIRequestContext,
  auth: AuthResponse,
  fake: FakeTwilioApi,
): Promise<E2eTwilioAccount> {
  const account: E2eTwilioAccount = {
    accountSid: twilioSid('AC'),
    authToken: randomBytes(16).toString('hex'),
    phoneNumber: '+551140028922',
    agentPhone: `+55119${randomInt(10_000_000, 99_999_999)}`,
  };
  fake.addAccount({ sid: account.accountSid, authToken: account.authToken, friendlyName: 'E2E' });
  const organizationId = auth.memberships[0]?.organization_id ?? '';
  const response = await request.post('/api/v1/integrations/twilio', {
    headers: { authorization: `Bearer ${auth.access_token}`, 'x-org-id': organizationId },
    data: {
      account_sid: account.accountSid,
      auth_token: account.authToken,
      phone_number: account.phoneNumber,
      agent_phone: account.agentPhone,
    },
  });
  if (response.status() !== 201) {
    throw new Error(`connecting Twilio answered ${response.status()}: ${await response.text()}`);
  }
  return account;
}
