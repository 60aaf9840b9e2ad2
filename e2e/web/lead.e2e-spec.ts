import { expect, test } from '@playwright/test';
import { createLeadViaApi, hasRoute, newAccount, registerViaApi } from './support/api';
import { saveScreenshot } from './support/screenshots';
import { signIn } from './support/session';

test.describe('lead page', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test("tells a user of another organisation that the first one's lead does not exist", async ({
    page,
    request,
  }) => {
    const first = await registerViaApi(request, newAccount('Primeira'));
    const lead = await createLeadViaApi(request, first, { name: 'Segredo da Primeira' });
    const other = newAccount('Outra');
    await registerViaApi(request, other);
    await signIn(page, other);

    await page.goto(`/leads/${lead.id}`);

    await expect(
      page.getByRole('heading', { level: 1, name: 'Lead não encontrado' }),
    ).toBeVisible();
    await expect(page.getByText('Segredo da Primeira')).toHaveCount(0);
  });

  test('shows a note added on the lead page in the timeline', async ({ page, request }) => {
    const account = newAccount('Notas');
    const auth = await registerViaApi(request, account);
    const lead = await createLeadViaApi(request, auth, {
      name: 'Estúdio Bela Forma',
      email: `estudio.${account.email}`,
      estimated_value: '4800.00',
      tags: ['academia', 'site', 'instagram'],
      source: 'Instagram',
    });
    test.skip(
      !(await hasRoute(request, auth, 'get', `/communications/timeline/${lead.id}`)),
      'Waits for the timeline and notes endpoints.',
    );
    await signIn(page, account);

    await page.goto(`/leads/${lead.id}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Estúdio Bela Forma' })).toBeVisible();
    const timeline = page.getByRole('region', { name: 'Timeline de comunicação' });
    await expect(timeline.getByText('Lead criado')).toBeVisible();

    await timeline.getByLabel('Nota interna').fill('Cliente pediu proposta até sexta.');
    await timeline.getByRole('button', { name: 'Adicionar nota' }).click();

    const entries = timeline.getByRole('list', { name: 'Timeline de comunicação' });
    await expect(entries.getByRole('listitem').first()).toContainText(
      'Cliente pediu proposta até sexta.',
    );
    await expect(entries.getByRole('listitem').first()).toContainText('Interna');
    await expect(timeline.getByLabel('Nota interna')).toHaveValue('');

    await timeline.getByRole('tab', { name: 'Ligação' }).click();
    await timeline.getByLabel('Minutos').fill('3');
    await timeline.getByLabel('Segundos').fill('5');
    await timeline.getByLabel('Observação').fill('Apresentei os planos; retorno na segunda.');
    await timeline.getByRole('button', { name: 'Registrar ligação' }).click();
    await expect(entries.getByRole('listitem').first()).toContainText('Duração: 3:05');
    await expect(entries.getByRole('listitem').first()).toContainText('Ligação feita');
    await saveScreenshot(page, 'lead-page');

    await page.reload();
    await expect(timeline.getByText('Cliente pediu proposta até sexta.')).toBeVisible();
  });
});
