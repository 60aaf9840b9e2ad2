import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import type { AuthResponse, LeadOutcome, LeadResponse } from '@loved/shared';
import { createLeadViaApi, newAccount, registerViaApi, type Account } from './support/api';
import { saveScreenshot } from './support/screenshots';
import { card, column, signIn } from './support/session';

function headersOf(auth: AuthResponse): Record<string, string> {
  const organizationId = auth.memberships[0]?.organization_id ?? '';
  return { authorization: `Bearer ${auth.access_token}`, 'x-org-id': organizationId };
}

async function closeViaApi(
  request: APIRequestContext,
  auth: AuthResponse,
  lead: LeadResponse,
  outcome: LeadOutcome,
): Promise<void> {
  const response = await request.post(`/api/v1/leads/${lead.id}/close`, {
    headers: headersOf(auth),
    data: outcome === 'lost' ? { outcome, lost_reason: 'Preço' } : { outcome },
  });
  expect(response.status()).toBe(200);
}

/** A fresh organisation with one lead in each column; Fechado holds a won deal of R$ 1.000. */
async function boardWithEveryColumn(
  request: APIRequestContext,
  label: string,
): Promise<{ account: Account; auth: AuthResponse }> {
  const account = newAccount(label);
  const auth = await registerViaApi(request, account);
  await createLeadViaApi(request, auth, {
    name: 'Padaria Pão Quente',
    stage: 'lead',
    estimated_value: '2500.00',
    phone: '+5511987651001',
    email: 'contato@padaria.test',
  });
  await createLeadViaApi(request, auth, { name: 'Oficina do Zé', stage: 'contato' });
  await createLeadViaApi(request, auth, { name: 'Clínica Sorriso', stage: 'proposta' });
  await createLeadViaApi(request, auth, { name: 'Loja Centro', stage: 'negociacao' });
  const won = await createLeadViaApi(request, auth, {
    name: 'Agência Sol',
    stage: 'negociacao',
    estimated_value: '1000.00',
  });
  await closeViaApi(request, auth, won, 'won');
  return { account, auth };
}

function boardScroller(page: Page): ReturnType<Page['getByRole']> {
  return page.getByRole('group', { name: 'Quadro do pipeline' });
}

function pipelineTotal(page: Page): ReturnType<Page['getByRole']> {
  return page.getByRole('region', { name: 'Total do pipeline' });
}

test.describe('board at 1440 px', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('signing in from / lands on Minha agenda, and the system status lives in Settings', async ({
    page,
    request,
  }) => {
    const account = newAccount('Casa');
    await registerViaApi(request, account);

    await page.goto('/');
    await expect(page).toHaveURL(/\/entrar$/);
    await page.getByLabel('E-mail').fill(account.email);
    await page.getByLabel('Senha').fill(account.password);
    await page.getByRole('button', { name: 'Entrar', exact: true }).click();

    await expect(page).toHaveURL(/\/agenda$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Minha agenda' })).toBeVisible();
    const nav = page.getByRole('navigation', { name: 'Navegação principal' });
    await expect(nav.getByRole('link', { name: 'Painel' })).toHaveCount(0);
    await nav.getByRole('link', { name: 'Pipeline' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Pipeline' })).toBeVisible();
    await expect(boardScroller(page)).toBeVisible();

    await page.goto('/');
    await expect(page).toHaveURL(/\/agenda$/);

    await nav.getByRole('link', { name: 'Configurações' }).click();
    const status = page.getByRole('region', { name: 'Status do sistema' });
    await expect(status.getByRole('listitem').filter({ hasText: 'Banco de dados' })).toContainText(
      'Operacional',
    );
  });

  test('moves a card from the first column to Fechado with the keyboard only, as won', async ({
    page,
    request,
  }) => {
    const { account } = await boardWithEveryColumn(request, 'Teclado');
    await signIn(page, account);
    const fechado = column(page, 'Fechado');
    await expect(card(column(page, 'Lead'), 'Padaria Pão Quente')).toBeVisible();
    await expect(fechado).toContainText('Ganhos: 1 · R$ 1.000,00');
    await expect(pipelineTotal(page)).toContainText('R$ 3.500,00');
    await expect(pipelineTotal(page)).toContainText('5 leads');

    await card(page, 'Padaria Pão Quente').focus();
    await page.keyboard.press('Space');
    await page.waitForTimeout(200);
    for (let step = 0; step < 4; step++) {
      await page.keyboard.press('ArrowRight');
      // The library animates each step, and the board scrolls the next column into view.
      await page.waitForTimeout(250);
    }
    await page.keyboard.press('Space');

    const dialog = page.getByRole('dialog', { name: 'Fechar Padaria Pão Quente' });
    await expect(dialog).toBeVisible();
    const won = dialog.getByRole('radio', { name: /^Ganho/ });
    await expect(won).toBeFocused();
    await page.keyboard.press('Space');
    await expect(won).toBeChecked();
    const move = page.waitForResponse(
      (response) => response.url().includes('/move') && response.request().method() === 'POST',
    );
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(dialog.getByRole('button', { name: 'Marcar como ganho' })).toBeFocused();
    await page.keyboard.press('Enter');

    const answer = await move;
    expect(answer.status()).toBe(200);
    expect(answer.request().postDataJSON()).toMatchObject({ stage: 'fechado', outcome: 'won' });
    await expect(dialog).toBeHidden();
    const moved = card(fechado, 'Padaria Pão Quente');
    await expect(moved).toBeVisible();
    await expect(moved).toContainText('Ganho');
    await expect(card(column(page, 'Lead'), 'Padaria Pão Quente')).toHaveCount(0);
    await expect(fechado).toContainText('Ganhos: 2 · R$ 3.500,00');
    await expect(fechado).toContainText('Perdidos: 0 · R$ 0,00');
    await expect(pipelineTotal(page)).toContainText('Ganhos:2 leads · R$ 3.500,00');
    await saveScreenshot(page, 'board-won-by-keyboard');

    await page.reload();
    await expect(card(column(page, 'Fechado'), 'Padaria Pão Quente')).toContainText('Ganho');
  });

  test('scrolls to the far column during a mouse drag, and a drop there asks the result', async ({
    page,
    request,
  }) => {
    const { account } = await boardWithEveryColumn(request, 'Mouse');
    await signIn(page, account);
    const source = card(column(page, 'Lead'), 'Padaria Pão Quente');
    const start = await source.boundingBox();
    if (!start) throw new Error('the card has no box');

    await page.mouse.move(start.x + start.width / 2, start.y + 20);
    await page.mouse.down();
    await page.mouse.move(start.x + start.width / 2 + 20, start.y + 20, { steps: 5 });
    // Held near the right edge, the board scrolls until the last column shows whole.
    await page.mouse.move(1420, start.y + 40, { steps: 20 });
    await expect
      .poll(async () => {
        const box = await column(page, 'Fechado').boundingBox();
        return box ? box.x + box.width <= 1440 : false;
      })
      .toBe(true);
    const target = await column(page, 'Fechado').boundingBox();
    if (!target) throw new Error('Fechado has no box');
    await page.mouse.move(target.x + target.width / 2, target.y + 120, { steps: 10 });
    await page.waitForTimeout(200);
    await page.mouse.up();

    const dialog = page.getByRole('dialog', { name: 'Fechar Padaria Pão Quente' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Cancelar' }).click();
    await expect(dialog).toBeHidden();
    await expect(card(column(page, 'Lead'), 'Padaria Pão Quente')).toBeVisible();
    await expect(card(column(page, 'Fechado'), 'Padaria Pão Quente')).toHaveCount(0);
  });

  test('marks a deal lost from the card menu with a reason, counted apart from won', async ({
    page,
    request,
  }) => {
    const { account } = await boardWithEveryColumn(request, 'Perdido');
    await signIn(page, account);

    await page.getByRole('button', { name: 'Ações de Loja Centro' }).click();
    await page.getByRole('menuitem', { name: 'Marcar como perdido' }).click();
    const dialog = page.getByRole('dialog', { name: 'Fechar Loja Centro' });
    await expect(dialog.getByRole('radio', { name: /^Perdido/ })).toBeChecked();
    await dialog.getByRole('button', { name: 'Marcar como perdido' }).click();
    await expect(dialog).toContainText('Escolha o motivo da perda.');

    await dialog.getByRole('combobox', { name: 'Motivo da perda' }).selectOption('Sem orçamento');
    await dialog.getByRole('button', { name: 'Marcar como perdido' }).click();

    await expect(dialog).toBeHidden();
    // Exact: the toast's screen-reader announcement repeats the text after "Fechar".
    await expect(
      page.getByText('Loja Centro marcado como perdido.', { exact: true }),
    ).toBeVisible();
    const fechado = column(page, 'Fechado');
    await expect(card(fechado, 'Loja Centro')).toContainText('Perdido');
    await expect(fechado).toContainText('Ganhos: 1 · R$ 1.000,00');
    await expect(fechado).toContainText('Perdidos: 1 · R$ 0,00');
    await expect(pipelineTotal(page)).toContainText('Perdidos:1 lead · R$ 0,00');

    await page.getByLabel('Resultado').selectOption('lost');
    await expect(card(page, 'Loja Centro')).toBeVisible();
    await expect(card(page, 'Agência Sol')).toHaveCount(0);
    await expect(pipelineTotal(page)).toContainText('1 lead');
  });

  test("offers call, WhatsApp and e-mail links with the lead's contacts in the card menu", async ({
    page,
    request,
  }) => {
    const { account } = await boardWithEveryColumn(request, 'Contato');
    await signIn(page, account);
    const padaria = card(page, 'Padaria Pão Quente');
    await expect(padaria).toContainText('(11) 98765-1001');
    await expect(padaria).toContainText('Sem responsável');
    await expect(padaria).toContainText('hoje nesta etapa');
    await expect(padaria).toContainText('Média');

    await page.getByRole('button', { name: 'Ações de Padaria Pão Quente' }).click();

    await expect(
      page.getByRole('menuitem', { name: 'Ligar para (11) 98765-1001' }),
    ).toHaveAttribute('href', 'tel:+5511987651001');
    await expect(page.getByRole('menuitem', { name: 'WhatsApp' })).toHaveAttribute(
      'href',
      'https://wa.me/5511987651001',
    );
    await expect(
      page.getByRole('menuitem', { name: 'E-mail para contato@padaria.test' }),
    ).toHaveAttribute('href', 'mailto:contato@padaria.test');
  });

  test('says the lead was removed when moving one deleted meanwhile', async ({ page, request }) => {
    const account = newAccount('Removido');
    const auth = await registerViaApi(request, account);
    const lead = await createLeadViaApi(request, auth, { name: 'Bistrô Central' });
    // No live updates in this tab: like a tab that has not heard of the deletion yet.
    await page.route('**/api/v1/events/token', (route) =>
      route.fulfill({ status: 503, contentType: 'application/problem+json', body: '{}' }),
    );
    await signIn(page, account);
    await expect(card(column(page, 'Lead'), 'Bistrô Central')).toBeVisible();

    const deleted = await request.delete(`/api/v1/leads/${lead.id}`, {
      headers: headersOf(auth),
    });
    expect(deleted.status()).toBe(204);
    await page.getByRole('button', { name: 'Ações de Bistrô Central' }).click();
    await page.getByRole('menuitemradio', { name: 'Mover para Proposta' }).click();

    await expect(page.getByText('Lead removido', { exact: true })).toBeVisible();
    await expect(
      page.getByText('Bistrô Central foi excluído por outra pessoa e saiu do quadro.', {
        exact: true,
      }),
    ).toBeVisible();
    await expect(page.getByText(/voltou para/)).toHaveCount(0);
    await expect(card(page, 'Bistrô Central')).toHaveCount(0);
  });

  test('shows an edge shadow where more columns lie, and a compact density for 1280 px', async ({
    page,
    request,
  }) => {
    const { account } = await boardWithEveryColumn(request, 'Densidade');
    await signIn(page, account);
    const frame = page.locator('[data-overflow-end]');
    await expect(frame).toHaveAttribute('data-overflow-end', 'true');
    await expect(frame).toHaveAttribute('data-overflow-start', 'false');

    await boardScroller(page).evaluate((element) =>
      element.scrollTo({ left: element.scrollWidth }),
    );
    await expect(frame).toHaveAttribute('data-overflow-start', 'true');
    await expect(frame).toHaveAttribute('data-overflow-end', 'false');

    await page.setViewportSize({ width: 1280, height: 800 });
    await page.getByRole('button', { name: 'Compacta' }).click();
    await expect(frame).toHaveAttribute('data-overflow-end', 'false');
    await expect(frame).toHaveAttribute('data-overflow-start', 'false');
    for (const stage of ['Lead', 'Contato', 'Proposta', 'Negociação', 'Fechado']) {
      const box = await column(page, stage).boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= 1280, stage).toBe(true);
    }
    await saveScreenshot(page, 'board-compact-1280');

    await page.reload();
    await expect(page.getByRole('button', { name: 'Compacta' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });
});
