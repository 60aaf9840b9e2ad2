import { expect, test, type Page } from '@playwright/test';
import { createLeadViaApi, newAccount, registerViaApi } from './support/api';
import { saveScreenshot } from './support/screenshots';
import { signIn } from './support/session';

/** A lead with both contacts, opened on its page by a freshly signed-up rep. */
async function openLeadPage(
  page: Page,
  request: Parameters<typeof registerViaApi>[0],
  label: string,
): Promise<void> {
  const account = newAccount(label);
  const auth = await registerViaApi(request, account);
  const lead = await createLeadViaApi(request, auth, {
    name: 'Padaria Pão Quente',
    phone: '+5511987651001',
    email: `padaria.${account.email}`,
    estimated_value: '3500.00',
    stage: 'proposta',
  });
  await signIn(page, account);
  await page.goto(`/leads/${lead.id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Padaria Pão Quente' })).toBeVisible();
}

test.describe('lead page on a desktop', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('puts the conversation in the main column and the details beside it', async ({
    page,
    request,
  }) => {
    await openLeadPage(page, request, 'Layout');
    const timeline = page.getByRole('region', { name: 'Timeline de comunicação' });
    const composer = timeline.getByLabel('Nota interna');
    const details = page.getByRole('region', { name: 'Dados do lead' });
    await expect(composer).toBeVisible();
    await expect(details).toBeVisible();

    const composerBox = await composer.boundingBox();
    const detailsBox = await details.boundingBox();
    if (!composerBox || !detailsBox) throw new Error('not laid out');
    // Side by side: the conversation on the left, wider; the details on the right.
    expect(composerBox.x + composerBox.width).toBeLessThanOrEqual(detailsBox.x);
    expect(composerBox.width).toBeGreaterThan(detailsBox.width);
    // The composer is in the first screen, without scrolling.
    expect(composerBox.y + composerBox.height).toBeLessThan(900);
    // Read-only details, no long form with a disabled Salvar.
    await expect(details.getByRole('textbox')).toHaveCount(0);
    await expect(details.getByRole('button', { name: 'Salvar' })).toHaveCount(0);
    await saveScreenshot(page, 'lead-page-desktop');
  });

  test('offers the contacts in one click, with the phone in national format', async ({
    page,
    request,
  }) => {
    await openLeadPage(page, request, 'Contatos');
    const header = page.locator('header', {
      has: page.getByRole('heading', { level: 1, name: 'Padaria Pão Quente' }),
    });

    await expect(
      header.getByRole('link', { name: 'Telefonar para (11) 98765-1001' }),
    ).toHaveAttribute('href', 'tel:+5511987651001');
    await expect(
      header.getByRole('link', { name: 'Conversar no WhatsApp com (11) 98765-1001' }),
    ).toHaveAttribute('href', 'https://wa.me/5511987651001');
    await expect(
      header.getByRole('link', { name: /^Enviar e-mail para padaria\./ }),
    ).toHaveAttribute('href', /^mailto:padaria\..+@agencia\.test$/);
    await expect(header).toContainText('Nesta etapa desde hoje');
    await expect(
      page.getByRole('region', { name: 'Dados do lead' }).getByRole('button', {
        name: /^Editar Telefone/,
      }),
    ).toHaveText('(11) 98765-1001');
  });
});

test.describe('lead page on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('shows the timeline and its composer above the details', async ({ page, request }) => {
    await openLeadPage(page, request, 'Celular');
    const timeline = page.getByRole('region', { name: 'Timeline de comunicação' });
    const composer = timeline.getByLabel('Nota interna');
    const details = page.getByRole('region', { name: 'Dados do lead' });
    await expect(timeline.getByText('Lead criado')).toBeVisible();
    await expect(details).toBeAttached();

    const composerBox = await composer.boundingBox();
    const timelineBox = await timeline.boundingBox();
    const detailsBox = await details.boundingBox();
    if (!composerBox || !timelineBox || !detailsBox) throw new Error('not laid out');
    expect(composerBox.y + composerBox.height).toBeLessThanOrEqual(detailsBox.y);
    expect(timelineBox.y + timelineBox.height).toBeLessThanOrEqual(detailsBox.y);
    // Nothing sideways on a phone.
    const scrollWidth = await page.locator('html').evaluate((html) => html.scrollWidth);
    expect(scrollWidth).toBeLessThanOrEqual(390);
    await saveScreenshot(page, 'lead-page-phone');
  });
});
