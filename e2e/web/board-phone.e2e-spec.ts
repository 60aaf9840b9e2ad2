import { expect, test } from '@playwright/test';
import { createLeadViaApi, newAccount, registerViaApi } from './support/api';
import { saveScreenshot } from './support/screenshots';
import { card, column, signIn } from './support/session';

test.describe('board on a 390×844 phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

  test('lands on the board with the first card in view and the filters folded', async ({
    page,
    request,
  }) => {
    const account = newAccount('Celular');
    const auth = await registerViaApi(request, account);
    await createLeadViaApi(request, auth, {
      name: 'Padaria Pão Quente',
      phone: '+5511987651001',
      tags: ['site', 'padaria'],
      estimated_value: '2500.00',
    });

    await signIn(page, account);

    const first = card(column(page, 'Lead'), 'Padaria Pão Quente');
    await expect(first).toBeVisible();
    expect(await page.evaluate('window.scrollY')).toBe(0);
    const box = await first.boundingBox();
    expect(box).not.toBeNull();
    expect((box?.y ?? Infinity) + (box?.height ?? 0)).toBeLessThanOrEqual(844);
    await expect(first).toContainText('(11) 98765-1001');

    const toggle = page.getByRole('button', { name: 'Filtros' });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByRole('searchbox', { name: 'Buscar' })).toBeHidden();
    await saveScreenshot(page, 'board-phone');

    await toggle.click();
    await expect(page.getByRole('searchbox', { name: 'Buscar' })).toBeVisible();
    await page.getByRole('combobox', { name: 'Resultado' }).selectOption('open');
    await expect(page.getByRole('button', { name: 'Filtros (1)' })).toBeVisible();
    await expect(first).toBeVisible();
  });
});
