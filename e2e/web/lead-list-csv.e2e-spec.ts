import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { createLeadViaApi, newAccount, registerViaApi } from './support/api';
import { saveScreenshot } from './support/screenshots';
import { signIn } from './support/session';

test.describe('lead list CSV import and export', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('previews a CSV with its column mapping, imports it and reports the bad row', async ({
    page,
    request,
  }) => {
    const account = newAccount('Importa');
    await registerViaApi(request, account);
    await signIn(page, account);
    await page.goto('/leads');
    await expect(page.getByRole('heading', { name: 'Nenhum lead por aqui ainda' })).toBeVisible();

    await page.getByRole('button', { name: 'Importar CSV' }).click();
    const dialog = page.getByRole('dialog', { name: 'Importar leads de um CSV' });
    await dialog.getByLabel('Arquivo CSV').setInputFiles({
      name: 'planilha.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        [
          'Nome;E-mail;Valor;Observação',
          'Padaria Pão Quente;padaria@cliente.test;1.500,00;cliente antigo',
          'Contato Ruim;isto-nao-e-email;;',
          'Oficina do Zé;;;ligar de manhã',
        ].join('\r\n'),
        'utf8',
      ),
    });

    const preview = dialog.getByRole('table');
    await expect(preview.getByRole('columnheader', { name: /Valor/ })).toContainText(
      'Valor estimado',
    );
    await expect(preview.getByRole('columnheader', { name: /Observação/ })).toContainText(
      'Ignorada',
    );
    await expect(preview.getByRole('cell', { name: 'Padaria Pão Quente' })).toBeVisible();
    await saveScreenshot(page, 'lead-list-import-preview');

    await dialog.getByRole('button', { name: 'Importar 3 linhas' }).click();

    const report = dialog.getByRole('region', { name: 'Resultado da importação' });
    await expect(report).toContainText('2 leads importados');
    await expect(report).toContainText('1 linha recusada');
    const refused = report.getByRole('row', { name: /e-mail inválido/ });
    await expect(refused).toContainText('3');
    await saveScreenshot(page, 'lead-list-import-report');

    await dialog.getByRole('button', { name: 'Concluir' }).click();
    await expect(page.getByRole('link', { name: 'Padaria Pão Quente' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Oficina do Zé' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Contato Ruim' })).toHaveCount(0);
  });

  test('exports the leads as a CSV download', async ({ page, request }) => {
    const account = newAccount('Exporta');
    const auth = await registerViaApi(request, account);
    await createLeadViaApi(request, auth, {
      name: 'Padaria Pão Quente',
      estimated_value: '1500.00',
    });
    await createLeadViaApi(request, auth, { name: 'Oficina do Zé' });
    await signIn(page, account);
    await page.goto('/leads');
    await expect(page.getByRole('rowheader')).toHaveCount(2);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Exportar CSV' }).click();
    const file = await download;

    expect(file.suggestedFilename()).toBe('leads.csv');
    const text = await readFile(await file.path(), 'utf8');
    expect(text.split(/\r?\n/)[0]).toContain('nome');
    expect(text).toContain('Padaria Pão Quente');
    expect(text).toContain('Oficina do Zé');
  });
});
