// The WhatsApp Business number the bench connects to the seeded organisation, as its admin
// would: ids only the bench uses, bench-only secrets, and the Graph stub answering the token
// check. Disconnected again after the run.
import { deleteRequest, postJson } from './api-client.mjs';

const INTEGRATION_PATH = '/api/v1/integrations/whatsapp';

/** The bench's number: fixed ids (nobody else uses them) and secrets of this run only. */
export const benchAccount = () => ({
  phoneNumberId: '109990000000001',
  wabaId: '109990000000002',
  displayPhoneNumber: '+55 11 4000-0000',
  displayDigits: '551140000000',
  accessToken: 'bench-only-access-token-0123456789',
  appSecret: 'bench-only-app-secret-0123456789',
  verifyToken: 'bench-only-verify-token',
});

/** Connects the number (201, or 200 when it was connected already); answers the status. */
export async function connectWhatsApp(env, account) {
  const { status } = await postJson(`${env.baseUrl}${INTEGRATION_PATH}`, env.headers, {
    phone_number_id: account.phoneNumberId,
    waba_id: account.wabaId,
    access_token: account.accessToken,
    app_secret: account.appSecret,
    verify_token: account.verifyToken,
    display_phone_number: account.displayPhoneNumber,
  });
  return status;
}

export const disconnectWhatsApp = (env) =>
  deleteRequest(`${env.baseUrl}${INTEGRATION_PATH}`, env.headers);
