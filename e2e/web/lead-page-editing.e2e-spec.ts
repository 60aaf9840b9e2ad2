import { expect, test } from '@playwright/test';
import { createLeadViaApi, newAccount, registerViaApi } from './support/api';
import { signIn } from './support/session';

test.describe('lead page: editing in place, notes and results', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('saves an inline edit of the value, which is still there after a reload', async ({
    page,
    request,
  }) => {
    const account = newAccount('Valor');
    const auth = await registerViaApi(request, account);
    const lead = await createLeadViaApi(request, auth, {
      name: 'Academia Corpo em Forma',
      estimated_value: '1500.00',
    });
    await signIn(page, account);
    await page.goto(`/leads/${lead.id}`);
    const details = page.getByRole('region', { name: 'Dados do lead' });

    await details.getByRole('button', { name: /^Editar Valor estimado/ }).click();
    const input = details.getByLabel('Valor estimado (R$)');
    await expect(input).toBeFocused();
    await input.fill('12.345,67');
    await input.press('Enter');

    const value = details.getByRole('button', { name: /^Editar Valor estimado/ });
    await expect(value).toHaveText(/R\$\s12\.345,67/);
    await expect(value).toBeFocused();

    await page.reload();
    await expect(details.getByRole('button', { name: /^Editar Valor estimado/ })).toHaveText(
      /R\$\s12\.345,67/,
    );
  });

  test('cancels an edit with Esc and keeps the value', async ({ page, request }) => {
    const account = newAccount('Cancelar');
    const auth = await registerViaApi(request, account);
    const lead = await createLeadViaApi(request, auth, { name: 'Loja Azul', source: 'Instagram' });
    await signIn(page, account);
    await page.goto(`/leads/${lead.id}`);
    const details = page.getByRole('region', { name: 'Dados do lead' });

    await details.getByRole('button', { name: 'Editar Origem: Instagram' }).focus();
    await page.keyboard.press('Enter');
    await details.getByLabel('Origem').fill('Google');
    await page.keyboard.press('Escape');

    await expect(details.getByRole('button', { name: 'Editar Origem: Instagram' })).toBeFocused();
    await page.reload();
    await expect(details.getByRole('button', { name: 'Editar Origem: Instagram' })).toBeVisible();
  });

  test('shows the current value when someone else saved first, and saves on a retry', async ({
    page,
    request,
  }) => {
    const account = newAccount('Conflito');
    const auth = await registerViaApi(request, account);
    const lead = await createLeadViaApi(request, auth, { name: 'Loja Antiga', source: 'Site' });
    // Without live updates the colleague's save stays unseen until this one meets it (409).
    await page.route('**/api/v1/events/token', (route) => route.abort());
    await signIn(page, account);
    await page.goto(`/leads/${lead.id}`);
    const details = page.getByRole('region', { name: 'Dados do lead' });
    await expect(details.getByRole('button', { name: 'Editar Origem: Site' })).toBeVisible();

    // A colleague changes the source meanwhile (version 1 → 2).
    const colleague = await request.patch(`/api/v1/leads/${lead.id}`, {
      data: { version: 1, source: 'Google' },
      headers: {
        authorization: `Bearer ${auth.access_token}`,
        'x-org-id': lead.organization_id,
      },
    });
    expect(colleague.ok()).toBe(true);
    await details.getByRole('button', { name: 'Editar Origem: Site' }).click();
    await details.getByLabel('Origem').fill('Indicação');
    await details.getByLabel('Origem').press('Enter');

    await expect(details.getByRole('alert')).toContainText(
      'Este campo mudou enquanto você editava',
    );
    await expect(details.getByRole('alert')).toContainText('Valor atual: Google.');
    await expect(details.getByLabel('Origem')).toHaveValue('Indicação');

    await details.getByRole('button', { name: 'Salvar' }).click();
    await expect(details.getByRole('button', { name: 'Editar Origem: Indicação' })).toBeVisible();
    await page.reload();
    await expect(details.getByRole('button', { name: 'Editar Origem: Indicação' })).toBeVisible();
  });

  test('shows who wrote a note, also after a reload', async ({ page, request }) => {
    const account = newAccount('Autor');
    const auth = await registerViaApi(request, account);
    const lead = await createLeadViaApi(request, auth, { name: 'Estúdio Bela Forma' });
    await signIn(page, account);
    await page.goto(`/leads/${lead.id}`);
    const timeline = page.getByRole('region', { name: 'Timeline de comunicação' });
    const entries = timeline.getByRole('list', { name: 'Timeline de comunicação' });

    await timeline.getByLabel('Nota interna').fill('Cliente pediu proposta até sexta.');
    await timeline.getByRole('button', { name: 'Adicionar nota' }).click();

    const note = entries.getByRole('listitem').filter({ hasText: 'Cliente pediu proposta' });
    await expect(note).toContainText(`por ${account.name}`);
    await expect(note.locator('time')).toBeVisible();

    await page.reload();
    await expect(
      entries.getByRole('listitem').filter({ hasText: 'Cliente pediu proposta' }),
    ).toContainText(`por ${account.name}`);
  });

  test('marks the deal won from the header, and Reabrir clears the result', async ({
    page,
    request,
  }) => {
    const account = newAccount('Ganho');
    const auth = await registerViaApi(request, account);
    const lead = await createLeadViaApi(request, auth, {
      name: 'Clínica Sorriso',
      stage: 'negociacao',
      estimated_value: '8000.00',
    });
    await signIn(page, account);
    await page.goto(`/leads/${lead.id}`);
    const header = page.locator('header', {
      has: page.getByRole('heading', { level: 1, name: 'Clínica Sorriso' }),
    });

    await header.getByRole('button', { name: 'Marcar Clínica Sorriso como ganho' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Marcar como ganho' }).click();
    await expect(dialog).toBeHidden();

    await expect(header.getByTitle('Resultado: Ganho')).toHaveText('Ganho');
    await expect(header).toContainText('Fechado');
    await page.reload();
    await expect(header.getByTitle('Resultado: Ganho')).toBeVisible();

    await header.getByRole('button', { name: 'Reabrir Clínica Sorriso' }).click();
    await expect(header.getByTitle('Resultado: Ganho')).toHaveCount(0);
    await expect(header).toContainText('Negociação');
    await expect(
      header.getByRole('button', { name: 'Marcar Clínica Sorriso como ganho' }),
    ).toBeVisible();
    await page.reload();
    await expect(header.getByTitle('Resultado: Ganho')).toHaveCount(0);
  });
});
