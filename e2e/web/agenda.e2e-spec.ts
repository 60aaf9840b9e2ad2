import { expect, test } from '@playwright/test';
import { createActivityViaApi, createLeadViaApi, newAccount, registerViaApi } from './support/api';
import { saveScreenshot } from './support/screenshots';
import { mainNav, signInToAgenda } from './support/session';

/** Today's date where the demo organisation lives (its default zone, America/Sao_Paulo). */
function todayInSaoPaulo(): string {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Sao_Paulo' }).format(new Date());
}

test.describe('Minha agenda', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test("a rep completes today's activities from Minha agenda", async ({ page, request }) => {
    const account = newAccount('Agenda');
    const auth = await registerViaApi(request, account);
    const lead = await createLeadViaApi(request, auth, { name: 'Padaria Pão Quente' });
    const today = todayInSaoPaulo();
    // São Paulo keeps UTC−3 all year: these are 09:00, 11:30 and 16:00 there, all today.
    const plans = [
      { type: 'call', subject: 'Ligar para confirmar o pedido', due_at: `${today}T09:00:00-03:00` },
      { type: 'email', subject: 'Enviar a proposta revisada', due_at: `${today}T11:30:00-03:00` },
      { type: 'meeting', subject: 'Reunião de fechamento', due_at: `${today}T16:00:00-03:00` },
    ] as const;
    for (const plan of plans) {
      await createActivityViaApi(request, auth, { lead_id: lead.id, ...plan });
    }

    await signInToAgenda(page, account);
    await page.goto('/');
    await expect(page).toHaveURL(/\/agenda$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Minha agenda' })).toBeVisible();
    await expect(mainNav(page).getByRole('link', { name: 'Minha agenda' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    const todaySection = page.getByRole('region', { name: /^Hoje/ });
    await expect(todaySection).toHaveAccessibleName('Hoje 3 a fazer');
    await expect(todaySection.getByRole('listitem')).toHaveCount(3);
    await expect(todaySection.getByRole('listitem').first()).toContainText('09:00');
    await saveScreenshot(page, 'agenda-today');
    await expect(
      todaySection.getByRole('link', { name: 'Padaria Pão Quente' }).first(),
    ).toHaveAttribute('href', `/leads/${lead.id}`);

    for (const { subject } of plans) {
      const done = todaySection.getByRole('checkbox', { name: `Concluída: ${subject}` });
      await done.click();
      await expect(done).toBeChecked();
    }
    await expect(todaySection).toHaveAccessibleName('Hoje 0 a fazer');

    await page.reload();
    const reloaded = page.getByRole('region', { name: /^Hoje/ });
    await expect(reloaded).toHaveAccessibleName('Hoje 0 a fazer');
    for (const { subject } of plans) {
      await expect(reloaded.getByRole('checkbox', { name: `Concluída: ${subject}` })).toBeChecked();
      await expect(reloaded.getByText(subject)).toHaveClass(/line-through/);
    }

    await reloaded.getByRole('link', { name: 'Padaria Pão Quente' }).first().click();
    await expect(page).toHaveURL(new RegExp(`/leads/${lead.id}$`));
    const timeline = page.getByRole('region', { name: 'Timeline de comunicação' });
    for (const { subject } of plans) {
      await expect(
        timeline.getByText(`${account.name} concluiu a atividade: ${subject}`),
      ).toBeVisible();
    }
    // The lead's own panel has them folded under "Concluídas (3)".
    const panel = page.getByRole('region', { name: 'Atividades' });
    await expect(panel.getByRole('button', { name: 'Concluídas (3)' })).toBeVisible();
    await saveScreenshot(page, 'agenda-lead-timeline');
  });
});
