import { expect, test, type Request } from '@playwright/test';
import { createLeadViaApi, newAccount, registerViaApi } from './support/api';
import { saveScreenshot } from './support/screenshots';
import { card, column, signIn } from './support/session';

const isBulkRequest = (request: Request): boolean =>
  request.method() === 'POST' && new URL(request.url()).pathname === '/api/v1/leads/bulk';

for (const viewport of [
  { name: 'desktop', size: { width: 1440, height: 900 } },
  { name: 'phone', size: { width: 390, height: 844 } },
]) {
  test.describe(`lead list bulk actions (${viewport.name})`, () => {
    test.use({ viewport: viewport.size });

    test('moves three selected leads to Proposta in one request, and the board shows them there', async ({
      page,
      request,
    }) => {
      const account = newAccount('Massa');
      const auth = await registerViaApi(request, account);
      for (const name of [
        'Padaria Pão Quente',
        'Oficina do Zé',
        'Clínica Sorriso',
        'Pet Shop Amigo',
      ]) {
        await createLeadViaApi(request, auth, { name });
      }
      await signIn(page, account);
      await page.goto('/leads');
      await expect(page.getByRole('rowheader')).toHaveCount(4);
      const bulkRequests: Request[] = [];
      page.on('request', (sent) => {
        if (isBulkRequest(sent)) bulkRequests.push(sent);
      });

      await page.getByRole('checkbox', { name: 'Selecionar Padaria Pão Quente' }).check();
      await page.getByRole('checkbox', { name: 'Selecionar Oficina do Zé' }).check();
      await page.getByRole('checkbox', { name: 'Selecionar Clínica Sorriso' }).check();
      const bar = page.getByRole('region', { name: 'Ações em massa' });
      await expect(bar).toContainText('3 selecionados');
      await saveScreenshot(page, `lead-list-selection-${viewport.name}`);

      const sent = page.waitForRequest(isBulkRequest);
      await bar.getByRole('button', { name: 'Mover etapa' }).click();
      await page.getByRole('menuitem', { name: 'Mover para Proposta' }).click();
      const bulk = await sent;

      expect(bulk.postDataJSON()).toMatchObject({ action: 'move_stage', stage: 'proposta' });
      expect((bulk.postDataJSON() as { ids: string[] }).ids).toHaveLength(3);
      await expect(page.getByText('3 leads movidos para Proposta.', { exact: true })).toBeVisible();
      await expect(bar).toBeHidden();
      await expect(page.getByRole('row', { name: /Oficina do Zé/ })).toContainText('Proposta');
      await expect(page.getByRole('row', { name: /Pet Shop Amigo/ })).toContainText('Lead');
      expect(bulkRequests).toHaveLength(1);

      await page.goto('/pipeline');
      const proposta = column(page, 'Proposta');
      for (const name of ['Padaria Pão Quente', 'Oficina do Zé', 'Clínica Sorriso']) {
        await expect(card(proposta, name)).toBeAttached();
      }
      await expect(card(column(page, 'Lead'), 'Pet Shop Amigo')).toBeAttached();
      await expect(card(column(page, 'Lead'), 'Oficina do Zé')).toHaveCount(0);
      expect(bulkRequests).toHaveLength(1);
    });
  });
}

test.describe('lead list bulk delete', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('asks before deleting the selected leads, then deletes them', async ({ page, request }) => {
    const account = newAccount('Excluir');
    const auth = await registerViaApi(request, account);
    await createLeadViaApi(request, auth, { name: 'Fica' });
    await createLeadViaApi(request, auth, { name: 'Sai Um' });
    await createLeadViaApi(request, auth, { name: 'Sai Dois' });
    await signIn(page, account);
    await page.goto('/leads');
    await expect(page.getByRole('rowheader')).toHaveCount(3);

    await page.getByRole('checkbox', { name: 'Selecionar Sai Um' }).check();
    await page.getByRole('checkbox', { name: 'Selecionar Sai Dois' }).check();
    await page.getByRole('button', { name: 'Excluir', exact: true }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Excluir 2 leads?' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Excluir 2 leads' }).click();

    await expect(page.getByText('2 leads excluídos.', { exact: true })).toBeVisible();
    await expect.poll(() => page.getByRole('rowheader').allTextContents()).toEqual(['Fica']);
  });
});
