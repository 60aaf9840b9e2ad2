import { expect, test, type Page } from '@playwright/test';
import {
  createLeadViaApi,
  hasRoute,
  inviteViaApi,
  newAccount,
  registerViaApi,
} from './support/api';
import { saveScreenshot } from './support/screenshots';
import { card, column, signIn } from './support/session';

/** Keyboard dragging, as @hello-pangea/dnd offers it: space lifts, arrows move, space drops. */
async function dragWithKeyboard(page: Page, leadName: string, keys: string[]): Promise<void> {
  const handle = card(page, leadName);
  await handle.focus();
  await page.keyboard.press('Space');
  // The library animates each step; give it a frame before the next key.
  await page.waitForTimeout(150);
  for (const key of keys) {
    await page.keyboard.press(key);
    await page.waitForTimeout(150);
  }
  await page.keyboard.press('Space');
}

test.describe('pipeline board', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('registers, creates a lead, drags it to Proposta and finds it there after a reload', async ({
    page,
  }) => {
    const account = newAccount('Dona');
    await page.goto('/cadastro');
    await page.getByLabel('Seu nome').fill(account.name);
    await page.getByLabel('E-mail').fill(account.email);
    await page.getByLabel('Senha').fill(account.password);
    await page.getByLabel('Nome da agência').fill(account.organizationName);
    await page.getByRole('button', { name: 'Criar conta' }).click();

    await expect(page).toHaveURL(/\/pipeline$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Pipeline' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Nenhum lead por aqui ainda' })).toBeVisible();

    await page.getByRole('button', { name: 'Novo lead' }).click();
    const dialog = page.getByRole('dialog', { name: 'Novo lead' });
    await dialog.getByLabel('Nome').fill('Padaria Pão Quente');
    await dialog.getByLabel('E-mail').fill(`contato.${account.email}`);
    await dialog.getByLabel('Valor estimado (R$)').fill('2.500,00');
    await dialog.getByLabel('Tags').fill('site, padaria, urgente');
    await dialog.getByLabel('Prioridade').selectOption('high');
    await dialog.getByRole('button', { name: 'Criar lead' }).click();
    await expect(dialog).toBeHidden();

    const lead = card(column(page, 'Lead'), 'Padaria Pão Quente');
    await expect(lead).toBeVisible();
    await expect(column(page, 'Lead')).toContainText('R$ 2.500,00');
    await expect(lead).toContainText('+1');

    const move = page.waitForResponse(
      (response) => response.url().includes('/move') && response.request().method() === 'POST',
    );
    await dragWithKeyboard(page, 'Padaria Pão Quente', ['ArrowRight', 'ArrowRight']);
    expect((await move).status()).toBe(200);
    await expect(card(column(page, 'Proposta'), 'Padaria Pão Quente')).toBeVisible();
    await expect(card(column(page, 'Lead'), 'Padaria Pão Quente')).toHaveCount(0);
    await expect(column(page, 'Proposta')).toContainText('Em aberto: R$ 2.500,00');
    await saveScreenshot(page, 'board');

    await page.reload();

    await expect(card(column(page, 'Proposta'), 'Padaria Pão Quente')).toBeVisible();
    await expect(card(column(page, 'Lead'), 'Padaria Pão Quente')).toHaveCount(0);
  });

  test('shows the API validation messages in the "Novo lead" dialog', async ({ page, request }) => {
    const account = newAccount('Validacao');
    await registerViaApi(request, account);
    await signIn(page, account);

    await page.getByRole('button', { name: 'Novo lead' }).click();
    const dialog = page.getByRole('dialog', { name: 'Novo lead' });
    await dialog.getByLabel('Nome').fill('Cliente Sem E-mail Válido');
    await dialog.getByLabel('E-mail').fill('isto-nao-e-email');
    await dialog.getByRole('button', { name: 'Criar lead' }).click();

    await expect(dialog.getByLabel('E-mail')).toHaveAttribute('aria-invalid', 'true');
    await expect(dialog).toContainText('Informe um e-mail válido.');
  });

  test('moves a lead with the card menu and rolls it back when the API refuses', async ({
    page,
    request,
  }) => {
    const account = newAccount('Menu');
    const auth = await registerViaApi(request, account);
    await createLeadViaApi(request, auth, { name: 'Oficina do Zé' });
    await signIn(page, account);
    await page.route('**/api/v1/leads/*/move', (route) =>
      route.fulfill({
        status: 403,
        contentType: 'application/problem+json',
        body: JSON.stringify({
          type: 'about:blank',
          title: 'Forbidden',
          status: 403,
          detail: 'Seu papel nesta organização não permite esta ação.',
          code: 'INSUFFICIENT_ROLE',
        }),
      }),
    );

    await page.getByRole('button', { name: 'Ações de Oficina do Zé' }).click();
    await page.getByRole('menuitemradio', { name: 'Mover para Negociação' }).click();

    await expect(page.getByText('Não foi possível mover o lead', { exact: true })).toBeVisible();
    await expect(card(column(page, 'Lead'), 'Oficina do Zé')).toBeVisible();
    await expect(card(column(page, 'Negociação'), 'Oficina do Zé')).toHaveCount(0);
  });

  test('a colleague of the same organisation sees a move live', async ({ browser, request }) => {
    const owner = newAccount('Dona Live');
    const ownerAuth = await registerViaApi(request, owner);
    test.skip(
      !(await hasRoute(request, ownerAuth, 'post', '/events/token')),
      'Waits for the live endpoint (POST /events/token, GET /events).',
    );
    const colleague = newAccount('Colega');
    const invitation = await inviteViaApi(request, ownerAuth, colleague.email, 'manager');
    await registerViaApi(request, colleague, invitation.token);
    await createLeadViaApi(request, ownerAuth, { name: 'Clínica Sorriso' });

    const ownerContext = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const colleagueContext = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const ownerPage = await ownerContext.newPage();
    const colleaguePage = await colleagueContext.newPage();
    await signIn(colleaguePage, colleague);
    await expect(card(column(colleaguePage, 'Lead'), 'Clínica Sorriso')).toBeVisible();
    await expect(colleaguePage.locator('[data-live-status="connected"]')).toBeAttached();
    await signIn(ownerPage, owner);

    await dragWithKeyboard(ownerPage, 'Clínica Sorriso', ['ArrowRight', 'ArrowRight']);
    await expect(card(column(ownerPage, 'Proposta'), 'Clínica Sorriso')).toBeVisible();

    await expect(card(column(colleaguePage, 'Proposta'), 'Clínica Sorriso')).toBeVisible();
    await expect(card(column(colleaguePage, 'Lead'), 'Clínica Sorriso')).toHaveCount(0);

    await ownerContext.close();
    await colleagueContext.close();
  });
});
