import { expect, test } from '@playwright/test';
import { Webhook } from 'standardwebhooks';
import { newAccount, registerViaApi } from './support/api';
import { signIn } from './support/session';
import { startWebhookReceiver, type WebhookReceiver } from './support/webhook-receiver';

test.describe('API access', () => {
  test.use({ viewport: { width: 1440, height: 900 } });
  let receiver: WebhookReceiver;

  test.beforeAll(async () => {
    receiver = await startWebhookReceiver();
  });
  test.afterAll(async () => {
    await receiver.close();
  });

  test('an admin creates an API key, uses it, revokes it, then tests a webhook', async ({
    page,
    request,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const admin = newAccount('Integrador');
    await registerViaApi(request, admin);
    await signIn(page, admin);
    await page.goto('/configuracoes');
    await expect(page.getByRole('region', { name: 'API', exact: true })).toContainText(
      'Authorization: Bearer lcrm_…',
    );

    // A key that may read leads: its secret shows once, and copies.
    const keys = page.getByRole('region', { name: 'Chaves de API' });
    await expect(keys.getByRole('heading', { name: 'Nenhuma chave de API' })).toBeVisible();
    await keys.getByRole('button', { name: 'Nova chave' }).click();
    const form = page.getByRole('dialog', { name: 'Nova chave de API' });
    await form.getByLabel('Nome').fill('Integração E2E');
    await form.getByRole('checkbox', { name: 'Ler leads' }).check();
    await form.getByRole('button', { name: 'Criar chave' }).click();

    const reveal = page.getByRole('dialog', { name: 'Chave criada: Integração E2E' });
    await expect(reveal.getByText('Esta chave não será mostrada de novo.')).toBeVisible();
    const secret = await reveal.getByLabel('Chave secreta').inputValue();
    expect(secret).toMatch(/^lcrm_/);
    await reveal.getByRole('button', { name: 'Copiar' }).click();
    await expect(reveal.getByRole('button', { name: 'Copiada' })).toBeVisible();
    // A string, evaluated in the page: this suite is typed without the DOM library.
    expect(await page.evaluate<string>('navigator.clipboard.readText()')).toBe(secret);
    await reveal.getByRole('button', { name: 'Concluir' }).click();
    await expect(reveal).toBeHidden();

    const keyList = keys.getByRole('list', { name: 'Chaves de API' });
    await expect(keyList.getByText('Integração E2E')).toBeVisible();
    await expect(keyList.getByText(`${secret.slice(0, 13)}…`)).toBeVisible();
    await expect(keyList.getByText('Ler leads')).toBeVisible();
    await expect(page.getByText(secret)).toHaveCount(0);

    // The key opens the API to another system...
    const withKey = { headers: { authorization: `Bearer ${secret}` } };
    expect((await request.get('/api/v1/leads', withKey)).status()).toBe(200);

    // ...until it is revoked, after a confirmation.
    await keys.getByRole('button', { name: 'Revogar a chave Integração E2E' }).click();
    const confirm = page.getByRole('dialog', { name: 'Revogar a chave Integração E2E?' });
    await confirm.getByRole('button', { name: 'Revogar chave' }).click();
    await expect(page.getByText('Chave Integração E2E revogada.', { exact: true })).toBeVisible();
    await expect(keys.getByRole('heading', { name: 'Nenhuma chave de API' })).toBeVisible();
    expect((await request.get('/api/v1/leads', withKey)).status()).toBe(401);

    // A webhook to a local receiver: its signing secret shows once.
    const webhooks = page.getByRole('region', { name: 'Webhooks' });
    await webhooks.getByRole('button', { name: 'Novo webhook' }).click();
    const webhookForm = page.getByRole('dialog', { name: 'Novo webhook' });
    await webhookForm.getByLabel('URL').fill(receiver.url);
    await webhookForm.getByLabel('Descrição').fill('Receptor de teste');
    await webhookForm.getByRole('checkbox', { name: 'Lead criado' }).check();
    await webhookForm.getByRole('button', { name: 'Criar webhook' }).click();

    const webhookReveal = page.getByRole('dialog', { name: 'Webhook criado' });
    const signingSecret = await webhookReveal.getByLabel('Segredo de assinatura').inputValue();
    expect(signingSecret).toMatch(/^whsec_/);
    await webhookReveal.getByRole('button', { name: 'Copiar' }).click();
    await expect(webhookReveal.getByRole('button', { name: 'Copiado' })).toBeVisible();
    await webhookReveal.getByRole('button', { name: 'Concluir' }).click();
    await expect(webhookReveal).toBeHidden();
    await expect(webhooks.getByText(receiver.url)).toBeVisible();
    await expect(webhooks.getByText('Ativo', { exact: true })).toBeVisible();

    // "Enviar teste" opens the delivery log, which shows the test delivered.
    await webhooks.getByRole('button', { name: `Enviar teste para ${receiver.url}` }).click();
    const log = webhooks.getByRole('region', { name: `Entregas de ${receiver.url}` });
    await expect(log.getByText('Teste', { exact: true })).toBeVisible();
    await expect(log.getByText('Entregue', { exact: true })).toBeVisible({ timeout: 30_000 });
    await expect(log.getByText('HTTP 200', { exact: true })).toBeVisible();

    // The receiver got it, signed the Standard Webhooks way with the secret shown once.
    const delivery = receiver.received.find((webhook) => webhook.body.includes('webhook.test'));
    expect(delivery).toBeDefined();
    const headers = {
      'webhook-id': String(delivery?.headers['webhook-id']),
      'webhook-timestamp': String(delivery?.headers['webhook-timestamp']),
      'webhook-signature': String(delivery?.headers['webhook-signature']),
    };
    expect(() => new Webhook(signingSecret).verify(delivery?.body ?? '', headers)).not.toThrow();
  });
});
