import { randomInt } from 'node:crypto';
import { expect, test } from '@playwright/test';
import {
  postWhatsAppWebhook,
  whatsAppInbound,
  whatsAppMessagesWebhook,
  whatsAppStatus,
  whatsAppStatusesWebhook,
  type FakeGraphApi,
} from '@loved/testing';
import { createLeadViaApi, newAccount, registerViaApi } from './support/api';
import { signIn } from './support/session';
import { connectWhatsAppViaApi, startE2eGraphApi } from './support/whatsapp';

test.describe('WhatsApp on the lead page', () => {
  test.use({ viewport: { width: 1440, height: 900 } });
  let graph: FakeGraphApi;

  test.beforeAll(async () => {
    graph = await startE2eGraphApi();
  });
  test.afterAll(async () => {
    await graph.close();
  });

  test('shows a signed inbound message without reload, and a reply with its ticks', async ({
    page,
    request,
    baseURL,
  }) => {
    const account = newAccount('WhatsApp');
    const auth = await registerViaApi(request, account);
    const number = await connectWhatsAppViaApi(request, auth, graph);
    const waId = `5511987${String(randomInt(100_000, 999_999))}`;
    const lead = await createLeadViaApi(request, auth, {
      name: 'Padaria Pão Quente',
      phone: `+${waId}`,
    });
    await signIn(page, account);
    await page.goto(`/leads/${lead.id}`);
    const timeline = page.getByRole('region', { name: 'Timeline de comunicação' });
    await expect(timeline.getByText('Lead criado')).toBeVisible();

    const webhook = `${baseURL}/api/v1/integrations/whatsapp/webhook`;
    const inbound = whatsAppInbound.text('Bom dia! Vocês fazem cardápio digital?', { from: waId });
    const delivered = await postWhatsAppWebhook(
      webhook,
      number.appSecret,
      whatsAppMessagesWebhook(number, [inbound], { profileName: 'Padaria Pão Quente' }),
    );
    expect(delivered.status).toBe(200);
    await expect(timeline.getByText('Bom dia! Vocês fazem cardápio digital?')).toBeVisible();

    await page.getByRole('tab', { name: 'WhatsApp' }).click();
    await page
      .getByRole('textbox', { name: 'Mensagem de WhatsApp' })
      .fill('Fazemos sim! Posso enviar alguns exemplos?');
    await page.getByRole('button', { name: 'Enviar mensagem' }).click();

    const reply = timeline
      .getByRole('listitem')
      .filter({ hasText: 'Fazemos sim! Posso enviar alguns exemplos?' });
    await expect(reply.getByRole('img', { name: 'Status: Enviada' })).toBeVisible();
    const sent = graph.sentMessages.at(-1);
    expect(sent?.body).toMatchObject({ to: waId, type: 'text' });

    for (const status of ['delivered', 'read'] as const) {
      const res = await postWhatsAppWebhook(
        webhook,
        number.appSecret,
        whatsAppStatusesWebhook(number, [
          whatsAppStatus({ wamid: sent?.wamid ?? '', status, recipientId: waId }),
        ]),
      );
      expect(res.status).toBe(200);
    }
    await expect(reply.getByRole('img', { name: 'Status: Lida' })).toBeVisible();
  });
});
