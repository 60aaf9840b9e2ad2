import { expect, test } from '@playwright/test';
import {
  postTwilioWebhook,
  twilioCallStatus,
  twilioRecordingStatus,
  twilioRecordingUrl,
  twilioSid,
  type FakeTwilioApi,
} from '@loved/testing';
import { createLeadViaApi, newAccount, registerViaApi } from './support/api';
import { signIn } from './support/session';
import { connectTwilioViaApi, startE2eTwilioApi } from './support/twilio';

/** An MP3's first bytes (an ID3 tag), so the stored recording is recognised as audio. */
const MP3 = Buffer.concat([Buffer.from('ID3\u0004\u0000\u0000', 'latin1'), Buffer.alloc(4_000, 3)]);

test.describe('Calls on the lead page', () => {
  test.use({ viewport: { width: 1440, height: 900 } });
  let fake: FakeTwilioApi;

  test.beforeAll(async () => {
    fake = await startE2eTwilioApi();
  });
  test.afterAll(async () => {
    await fake.close();
  });

  test('a rep calls a lead; the call follows Twilio to answered, with its recording to play', async ({
    page,
    request,
    baseURL,
  }) => {
    const account = newAccount('Calls');
    const auth = await registerViaApi(request, account);
    const twilio = await connectTwilioViaApi(request, auth, fake);
    const lead = await createLeadViaApi(request, auth, {
      name: 'Clínica Sorriso',
      phone: '+5511987651234',
    });
    await signIn(page, account);
    await page.goto(`/leads/${lead.id}`);
    const timeline = page.getByRole('region', { name: 'Timeline de comunicação' });
    await expect(timeline.getByText('Lead criado')).toBeVisible();

    await page.getByRole('button', { name: /Ligar para Clínica Sorriso/ }).click();
    await expect(timeline.getByText('Chamando…')).toBeVisible();
    const placed = fake.calls.at(-1);
    expect(placed?.to).toBe('+5511987651234');
    const callSid = placed?.sid ?? '';

    const parties = {
      accountSid: twilio.accountSid,
      callSid,
      from: twilio.phoneNumber,
      to: '+5511987651234',
    };
    const recordingSid = twilioSid('RE');
    fake.addRecording({ accountSid: twilio.accountSid, sid: recordingSid, callSid, bytes: MP3 });
    const deliver = async (path: string, params: Record<string, string>) => {
      const res = await postTwilioWebhook({
        baseUrl: baseURL ?? '',
        path: `/api/v1/integrations/twilio/voice/${path}`,
        params,
        authToken: twilio.authToken,
      });
      expect(res.status).toBe(200);
    };
    await deliver('status', twilioCallStatus({ ...parties, status: 'ringing' }));
    await deliver('status', twilioCallStatus({ ...parties, status: 'in-progress' }));
    await expect(timeline.getByText('Chamada em andamento')).toBeVisible();
    await deliver(
      'status',
      twilioCallStatus({ ...parties, status: 'completed', durationSeconds: 125 }),
    );
    await deliver(
      'recording',
      twilioRecordingStatus({
        accountSid: twilio.accountSid,
        callSid,
        recordingSid,
        recordingUrl: twilioRecordingUrl(fake.url, twilio.accountSid, recordingSid),
        durationSeconds: 120,
      }),
    );

    await expect(timeline.getByText('Chamada atendida - Duração: 2min')).toBeVisible();
    await expect(timeline.getByText('Chamando…')).toHaveCount(0);
    // Loaded through the API with the session, then played from memory.
    const player = timeline.locator('audio');
    await expect(player).toBeVisible();
    await expect(player).toHaveAttribute('src', /^blob:/);
  });
});
