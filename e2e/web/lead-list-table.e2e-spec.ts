import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import type { AuthResponse, LeadResponse } from '@loved/shared';
import { createLeadViaApi, newAccount, registerViaApi } from './support/api';
import { saveScreenshot } from './support/screenshots';
import { signIn } from './support/session';

function tenantHeaders(auth: AuthResponse): Record<string, string> {
  return {
    authorization: `Bearer ${auth.access_token}`,
    'x-org-id': auth.memberships[0]?.organization_id ?? '',
  };
}

/** Marks a deal won or lost through the API (`POST /leads/:id/close`). */
async function closeViaApi(
  request: APIRequestContext,
  auth: AuthResponse,
  lead: LeadResponse,
  outcome: 'won' | 'lost',
): Promise<void> {
  const response = await request.post(`/api/v1/leads/${lead.id}/close`, {
    data: outcome === 'lost' ? { outcome, lost_reason: 'Preço' } : { outcome },
    headers: tenantHeaders(auth),
  });
  expect(response.ok(), await response.text()).toBe(true);
}

/** The lead names of the table, top to bottom. */
function rowNames(page: Page): Promise<string[]> {
  return page.getByRole('rowheader').allTextContents();
}

test.describe('lead list (desktop)', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('shows the leads and sorts them by value from the column header', async ({
    page,
    request,
  }) => {
    const account = newAccount('Lista');
    const auth = await registerViaApi(request, account);
    await createLeadViaApi(request, auth, {
      name: 'Padaria Pão Quente',
      estimated_value: '500.00',
    });
    await createLeadViaApi(request, auth, {
      name: 'Oficina do Zé',
      estimated_value: '2500.00',
      priority: 'high',
    });
    await createLeadViaApi(request, auth, { name: 'Clínica Sorriso', estimated_value: '1200.00' });
    await signIn(page, account);

    await page
      .getByRole('navigation', { name: 'Navegação principal' })
      .getByRole('link', { name: 'Leads' })
      .click();
    await expect(page).toHaveURL(/\/leads$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Leads' })).toBeVisible();
    const oficina = page.getByRole('row', { name: /Oficina do Zé/ });
    await expect(oficina).toContainText('R$ 2.500,00');
    await expect(oficina).toContainText('Alta');
    await expect(oficina).toContainText('Sem responsável');
    await expect(oficina).toContainText('Em aberto');
    // Newest first until the user sorts.
    expect(await rowNames(page)).toEqual([
      'Clínica Sorriso',
      'Oficina do Zé',
      'Padaria Pão Quente',
    ]);

    await page.getByRole('button', { name: 'Valor', exact: true }).click();

    await expect(page).toHaveURL(/sort=-estimated_value/);
    await expect(page.getByRole('columnheader', { name: 'Valor' })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    await expect
      .poll(() => rowNames(page))
      .toEqual(['Oficina do Zé', 'Clínica Sorriso', 'Padaria Pão Quente']);
    await saveScreenshot(page, 'lead-list');

    // Keyboard: the header is a button, Enter turns the order around.
    await page.getByRole('button', { name: 'Valor', exact: true }).press('Enter');
    await expect(page).toHaveURL(/sort=estimated_value/);
    await expect
      .poll(() => rowNames(page))
      .toEqual(['Padaria Pão Quente', 'Clínica Sorriso', 'Oficina do Zé']);

    await page.getByRole('link', { name: 'Oficina do Zé' }).click();
    await expect(page).toHaveURL(/\/leads\/[0-9a-f-]{36}$/);
  });

  test('filters by result, and the filter stays in the URL', async ({ page, request }) => {
    const account = newAccount('Resultado');
    const auth = await registerViaApi(request, account);
    const won = await createLeadViaApi(request, auth, { name: 'Agência Ganha' });
    const lost = await createLeadViaApi(request, auth, { name: 'Loja Perdida' });
    await createLeadViaApi(request, auth, { name: 'Café Aberto' });
    await closeViaApi(request, auth, won, 'won');
    await closeViaApi(request, auth, lost, 'lost');
    await signIn(page, account);
    await page.goto('/leads');
    await expect(page.getByRole('rowheader')).toHaveCount(3);

    await page.getByRole('combobox', { name: 'Resultado' }).selectOption({ label: 'Ganhos' });

    await expect(page).toHaveURL(/outcome=won/);
    await expect.poll(() => rowNames(page)).toEqual(['Agência Ganha']);
    await expect(page.getByRole('row', { name: /Agência Ganha/ })).toContainText('Ganho');

    await page.reload();
    await expect(page.getByRole('combobox', { name: 'Resultado' })).toHaveValue('won');
    await expect.poll(() => rowNames(page)).toEqual(['Agência Ganha']);

    await page.getByRole('combobox', { name: 'Resultado' }).selectOption({ label: 'Perdidos' });
    await expect.poll(() => rowNames(page)).toEqual(['Loja Perdida']);
    await page.getByRole('combobox', { name: 'Resultado' }).selectOption({ label: 'Em aberto' });
    await expect.poll(() => rowNames(page)).toEqual(['Café Aberto']);
  });

  test('saves the current filters and applies them again after a reload', async ({
    page,
    request,
  }) => {
    const account = newAccount('Salvos');
    const auth = await registerViaApi(request, account);
    await createLeadViaApi(request, auth, {
      name: 'Proposta Alta',
      stage: 'proposta',
      priority: 'high',
    });
    await createLeadViaApi(request, auth, {
      name: 'Proposta Baixa',
      stage: 'proposta',
      priority: 'low',
    });
    await createLeadViaApi(request, auth, {
      name: 'Contato Alto',
      stage: 'contato',
      priority: 'high',
    });
    await signIn(page, account);
    await page.goto('/leads');
    await expect(page.getByRole('rowheader')).toHaveCount(3);

    await page.getByRole('combobox', { name: 'Etapa' }).selectOption({ label: 'Proposta' });
    await page.getByRole('combobox', { name: 'Prioridade' }).selectOption({ label: 'Alta' });
    await expect.poll(() => rowNames(page)).toEqual(['Proposta Alta']);
    await page.getByRole('button', { name: 'Filtros salvos' }).click();
    await page.getByRole('menuitem', { name: 'Salvar filtros atuais…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Salvar filtros' });
    await dialog.getByLabel('Nome do filtro').fill('Propostas quentes');
    await dialog.getByRole('button', { name: 'Salvar filtro' }).click();
    await expect(dialog).toBeHidden();
    await expect(
      page.getByText('Filtro "Propostas quentes" salvo.', { exact: true }),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: 'Filtro: Propostas quentes' })).toBeVisible();

    await page.goto('/leads');
    await expect(page.getByRole('rowheader')).toHaveCount(3);
    await page.getByRole('button', { name: 'Filtros salvos' }).click();
    await page.getByRole('menuitemradio', { name: 'Propostas quentes' }).click();

    await expect(page).toHaveURL(/stage=proposta/);
    await expect(page).toHaveURL(/priority=high/);
    await expect(page.getByRole('combobox', { name: 'Etapa' })).toHaveValue('proposta');
    await expect.poll(() => rowNames(page)).toEqual(['Proposta Alta']);

    // Deleting it takes it off the menu.
    await page.getByRole('button', { name: 'Filtro: Propostas quentes' }).click();
    await page.getByRole('menuitem', { name: 'Excluir filtro Propostas quentes' }).click();
    await expect(page.getByText('Nenhum filtro salvo ainda.')).toBeVisible();
  });
});

test.describe('lead list (phone)', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('folds the filters into one button and shows the first lead without scrolling', async ({
    page,
    request,
  }) => {
    const account = newAccount('Celular');
    const auth = await registerViaApi(request, account);
    await createLeadViaApi(request, auth, {
      name: 'Padaria Pão Quente',
      estimated_value: '500.00',
    });
    await createLeadViaApi(request, auth, { name: 'Oficina do Zé', estimated_value: '2500.00' });
    await signIn(page, account);
    await page.goto('/leads');

    await expect(page.getByRole('link', { name: 'Oficina do Zé' })).toBeInViewport();
    await expect(page.getByRole('combobox', { name: 'Resultado' })).toBeHidden();
    await page.getByRole('button', { name: 'Filtros', exact: true }).click();
    await page.getByRole('searchbox', { name: 'Buscar' }).fill('padaria');
    await expect.poll(() => rowNames(page)).toEqual(['Padaria Pão Quente']);
    await expect(page.getByRole('button', { name: 'Filtros (1)' })).toBeVisible();

    await page.getByRole('button', { name: 'Valor', exact: true }).click();
    await expect(page).toHaveURL(/sort=-estimated_value/);
    await saveScreenshot(page, 'lead-list-phone');
  });
});
