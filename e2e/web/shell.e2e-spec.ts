import { expect, test } from '@playwright/test';
import { newAccount, registerViaApi } from './support/api';
import { column, mainNav, signIn } from './support/session';

test.describe('app shell', () => {
  // Every page of the shell is behind sign-in now: each test gets its own account.
  test.beforeEach(async ({ page, request }) => {
    const account = newAccount('Shell');
    await registerViaApi(request, account);
    await signIn(page, account);
  });

  test('shows admins the system status in Settings, the database operational', async ({ page }) => {
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      // A server without the live endpoint yet answers its token route 404; the app copes
      // (no live updates), only the browser logs the status.
      if (message.location().url.endsWith('/api/v1/events/token')) return;
      if (message.type() === 'error') pageErrors.push(message.text());
    });

    await page.goto('/configuracoes');

    await expect(page.getByRole('heading', { level: 1, name: 'Configurações' })).toBeVisible();
    const statusCard = page.getByRole('region', { name: 'Status do sistema' });
    await expect(
      statusCard.getByRole('listitem').filter({ hasText: 'Banco de dados' }),
    ).toContainText('Operacional');
    await expect(
      statusCard.getByRole('listitem').filter({ hasText: 'Armazenamento' }),
    ).toContainText('Operacional');
    await expect(page).toHaveTitle('Configurações · Loved CRM');
    expect(pageErrors).toEqual([]);
  });

  test('names the unavailable dependencies when readiness answers 503', async ({ page }) => {
    await page.route('**/api/v1/health/ready', (route) =>
      route.fulfill({
        status: 503,
        contentType: 'application/problem+json',
        body: JSON.stringify({
          type: 'https://loved.crm/problems/dependency-down',
          title: 'Service Unavailable',
          status: 503,
          detail: 'Dependência indisponível: database',
          code: 'DEPENDENCY_DOWN',
          errors: [{ field: 'database', message: 'down' }],
        }),
      }),
    );

    await page.goto('/configuracoes');

    const statusCard = page.getByRole('region', { name: 'Status do sistema' });
    await expect(statusCard.getByRole('alert')).toContainText('Há serviços indisponíveis');
    await expect(
      statusCard.getByRole('listitem').filter({ hasText: 'Banco de dados' }),
    ).toContainText('Indisponível');
  });

  test('navigates to Pipeline with the sidebar', async ({ page }) => {
    await page.goto('/');

    await mainNav(page).getByRole('link', { name: 'Pipeline' }).click();

    await expect(page).toHaveURL(/\/pipeline$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Pipeline' })).toBeVisible();
    await expect(column(page, 'Proposta')).toBeVisible();
    await expect(mainNav(page).getByRole('link', { name: 'Pipeline' })).toHaveAttribute(
      'aria-current',
      'page',
    );
  });

  test('renders a deep link after a reload', async ({ page }) => {
    await page.goto('/configuracoes');
    await page.reload();

    await expect(page.getByRole('heading', { level: 1, name: 'Configurações' })).toBeVisible();
    await expect(mainNav(page).getByRole('link', { name: 'Configurações' })).toHaveAttribute(
      'aria-current',
      'page',
    );
  });

  test('switches the interface to English and back', async ({ page }) => {
    await page.goto('/pipeline');

    await page.getByRole('button', { name: 'Mudar idioma para English' }).click();
    await expect(page.getByRole('button', { name: 'New lead' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.reload();
    const englishNav = page.getByRole('navigation', { name: 'Main navigation' });
    await expect(englishNav.getByRole('link', { name: 'Settings' })).toBeVisible();

    await page.getByRole('button', { name: 'Switch language to Português' }).click();
    await expect(mainNav(page).getByRole('link', { name: 'Configurações' })).toBeVisible();
  });

  test('shows "Página não encontrada" for an unknown route and leads back', async ({ page }) => {
    await page.goto('/rota-que-nao-existe');

    await expect(
      page.getByRole('heading', { level: 1, name: 'Página não encontrada' }),
    ).toBeVisible();
    await page.getByRole('link', { name: 'Voltar ao pipeline' }).click();
    await expect(page).toHaveURL(/\/pipeline$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Pipeline' })).toBeVisible();
  });

  test('reaches the skip link first with Tab and jumps to the content', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Minha agenda' })).toBeVisible();

    await page.keyboard.press('Tab');

    const skipLink = page.getByRole('link', { name: 'Pular para o conteúdo' });
    await expect(skipLink).toBeFocused();
    await expect(skipLink).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('main')).toBeFocused();
  });

  test('opens the navigation as a drawer on a phone', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/');

    const menuButton = page.getByRole('button', { name: 'Abrir menu' });
    await expect(mainNav(page)).toBeHidden();
    await menuButton.click();
    await expect(page.getByRole('button', { name: 'Fechar menu' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(mainNav(page)).toBeHidden();
    await expect(menuButton).toBeFocused();

    await menuButton.click();
    await mainNav(page).getByRole('link', { name: 'Configurações' }).click();

    await expect(page.getByRole('heading', { level: 1, name: 'Configurações' })).toBeVisible();
    await expect(mainNav(page)).toBeHidden();
  });
});
