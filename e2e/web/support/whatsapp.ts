import { randomBytes, randomInt } from 'node:crypto';
import type { APIRequestContext } from '@playwright/test';
import type { AuthResponse } from '@loved/shared';
import { startFakeGraphApi, type FakeGraphApi, type WhatsAppBusinessNumber } from '@loved/testing';

/** Where the fake Graph API listens; the e2e web server's GRAPH_API_BASE_URL points here. */
export const E2E_GRAPH_PORT = Number(process.env.E2E_GRAPH_PORT ?? 3219);

export const startE2eGraphApi = (): Promise<FakeGraphApi> =>
  startFakeGraphApi({ port: E2E_GRAPH_PORT });

export type E2eNumber = WhatsAppBusinessNumber & { accessToken: string; appSecret: string };

const graphId = (): string => String(randomInt(100_000_000_000, 999_999_999_999));

/** Registers a number in the fake and connects it for the account's organisation. */
export async function connectWhatsAppViaApi(
  request: APIRequestContext,
  auth: AuthResponse,
  graph: FakeGraphApi,
): Promise<E2eNumber> {
  const number: E2eNumber = {
    phoneNumberId: graphId(),
    wabaId: graphId(),
    displayPhoneNumber: '551140000000',
    accessToken: `EAAG${randomBytes(20).toString('hex')}`,
    appSecret: randomBytes(16).toString('hex'),
  };
  graph.addPhoneNumber({
    phoneNumberId: number.phoneNumberId,
    wabaId: number.wabaId,
    accessToken: number.accessToken,
    displayPhoneNumber: '+55 11 4000-0000',
    verifiedName: 'Agência E2E',
  });
  const organizationId = auth.memberships[0]?.organization_id ?? '';
  const response = await request.post('/api/v1/integrations/whatsapp', {
    headers: { authorization: `Bearer ${auth.access_token}`, 'x-org-id': organizationId },
    data: {
      phone_number_id: number.phoneNumberId,
      waba_id: number.wabaId,
      access_token: number.accessToken,
      app_secret: number.appSecret,
      verify_token: `verify-${randomBytes(6).toString('hex')}`,
      display_phone_number: '+55 11 4000-0000',
    },
  });
  if (response.status() !== 201) {
    throw new Error(`connecting WhatsApp answered ${response.status()}: ${await response.text()}`);
  }
  return number;
}
