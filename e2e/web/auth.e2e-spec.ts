import { expect, test } from '@playwright/test';
import { createLeadViaApi, inviteViaApi, newAccount, registerViaApi } from './support/api';
import { card, column, signIn } from './support/session';

test.describe('sign-in and organisations', () => {
  test('sends a signed-out visitor to /entrar and back to the page they asked for', async ({
    page,
    request,
  }) => {
    const account = newAccount('Volta');
    await registerViaApi(request, account);

    await page.goto('/configuracoes');
    await expect(page).toHaveURL(/\/entrar$/);
    await page.getByLabel('E-mail').fill(account.email);
    await page.getByLabel('Senha').fill(account.password);
    await page.getByRole('button', { name: 'Entrar', exact: true }).click();

    await expect(page).toHaveURL(/\/configuracoes$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Configurações' })).toBeVisible();
  });

  test('says so when the e-mail or password is wrong', async ({ page, request }) => {
    const account = newAccount('Errada');
    await registerViaApi(request, account);

    await page.goto('/entrar');
    await page.getByLabel('E-mail').fill(account.email);
    await page.getByLabel('Senha').fill('senha-errada-123');
    await page.getByRole('button', { name: 'Entrar', exact: true }).click();

    await expect(page.getByRole('alert')).toContainText('E-mail ou senha inválidos.');
    await expect(page).toHaveURL(/\/entrar$/);
  });

  test('keeps the session across a reload and ends it on logout', async ({ page, request }) => {
    const account = newAccount('Sessao');
    await registerViaApi(request, account);
    await signIn(page, account);

    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Pipeline' })).toBeVisible();

    await page.getByRole('button', { name: `Conta: ${account.name}` }).click();
    await page.getByRole('menuitem', { name: 'Sair' }).click();
    await expect(page).toHaveURL(/\/entrar$/);
    await page.goto('/pipeline');
    await expect(page).toHaveURL(/\/entrar$/);
  });

  test('offers "Criar organização" to a user without one', async ({ page, request }) => {
    const account = newAccount('Sem Org');
    await request.post('/api/v1/auth/register', {
      data: { name: account.name, email: account.email, password: account.password },
    });

    await page.goto('/entrar');
    await page.getByLabel('E-mail').fill(account.email);
    await page.getByLabel('Senha').fill(account.password);
    await page.getByRole('button', { name: 'Entrar', exact: true }).click();

    await expect(page).toHaveURL(/\/nova-organizacao$/);
    await page.getByLabel('Nome da organização').fill(account.organizationName);
    await page.getByRole('button', { name: 'Criar organização' }).click();
    await expect(page).toHaveURL(/\/pipeline$/);
    await expect(
      page.getByRole('button', { name: `Trocar organização (atual: ${account.organizationName})` }),
    ).toBeVisible();
  });

  test('joins an organisation by creating an account from an invitation link', async ({
    page,
    request,
  }) => {
    const owner = newAccount('Convidante');
    const ownerAuth = await registerViaApi(request, owner);
    await createLeadViaApi(request, ownerAuth, { name: 'Lead da Equipe' });
    const guest = newAccount('Convidada');
    const invitation = await inviteViaApi(request, ownerAuth, guest.email, 'agent');

    await page.goto(invitation.accept_path);
    await page.getByLabel('Seu nome').fill(guest.name);
    await page.getByLabel('E-mail').fill(guest.email);
    await page.getByLabel('Senha').fill(guest.password);
    await page.getByRole('button', { name: 'Criar conta' }).last().click();

    await expect(page).toHaveURL(/\/pipeline$/);
    await expect(card(column(page, 'Lead'), 'Lead da Equipe')).toBeVisible();
    await expect(
      page.getByRole('button', { name: `Trocar organização (atual: ${owner.organizationName})` }),
    ).toBeVisible();
  });

  test('a signed-in user accepts an invitation and switches between organisations', async ({
    page,
    request,
  }) => {
    const owner = newAccount('Anfitria');
    const ownerAuth = await registerViaApi(request, owner);
    await createLeadViaApi(request, ownerAuth, { name: 'Lead da Anfitriã' });
    const guest = newAccount('Visitante');
    const guestAuth = await registerViaApi(request, guest);
    await createLeadViaApi(request, guestAuth, { name: 'Lead da Visitante' });
    const invitation = await inviteViaApi(request, ownerAuth, guest.email, 'manager');
    await signIn(page, guest);
    await expect(card(column(page, 'Lead'), 'Lead da Visitante')).toBeVisible();

    await page.goto(invitation.accept_path);
    await page.getByRole('button', { name: 'Aceitar convite' }).click();

    await expect(page).toHaveURL(/\/pipeline$/);
    await expect(card(column(page, 'Lead'), 'Lead da Anfitriã')).toBeVisible();
    await expect(card(column(page, 'Lead'), 'Lead da Visitante')).toHaveCount(0);

    await page
      .getByRole('button', { name: `Trocar organização (atual: ${owner.organizationName})` })
      .click();
    await page.getByRole('menuitemradio', { name: new RegExp(guest.organizationName) }).click();

    await expect(card(column(page, 'Lead'), 'Lead da Visitante')).toBeVisible();
    await expect(card(column(page, 'Lead'), 'Lead da Anfitriã')).toHaveCount(0);
  });
});
