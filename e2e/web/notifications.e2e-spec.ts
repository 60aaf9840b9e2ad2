import { expect, test, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import type {
  ActivityResponse,
  AuthResponse,
  CreateActivityRequest,
  ListEnvelope,
  NotificationResponse,
} from '@loved/shared';
import {
  createLeadViaApi,
  hasRoute,
  inviteViaApi,
  newAccount,
  registerViaApi,
  type Account,
} from './support/api';

/**
 * Signs in through /entrar and waits for the shell's bell, whichever page is home (the board
 * or "Minha agenda"): these tests are about the header, not the landing page.
 */
async function signInToShell(page: Page, account: Account): Promise<Locator> {
  await page.goto('/entrar');
  await page.getByLabel('E-mail').fill(account.email);
  await page.getByLabel('Senha').fill(account.password);
  await page.getByRole('button', { name: 'Entrar', exact: true }).click();
  const bell = page.getByRole('banner').getByRole('button', { name: /^Notificações/ });
  await expect(bell).toBeVisible();
  return bell;
}

function headersOf(auth: AuthResponse): Record<string, string> {
  const organizationId = auth.memberships[0]?.organization_id;
  if (!organizationId) throw new Error('the account has no organisation');
  return { authorization: `Bearer ${auth.access_token}`, 'x-org-id': organizationId };
}

async function createActivityViaApi(
  request: APIRequestContext,
  auth: AuthResponse,
  activity: CreateActivityRequest,
): Promise<ActivityResponse> {
  const response = await request.post('/api/v1/activities', {
    data: activity,
    headers: headersOf(auth),
  });
  if (!response.ok()) throw new Error(`POST /activities answered ${response.status()}`);
  return (await response.json()) as ActivityResponse;
}

async function notificationsOf(
  request: APIRequestContext,
  auth: AuthResponse,
): Promise<NotificationResponse[]> {
  const response = await request.get('/api/v1/notifications', { headers: headersOf(auth) });
  if (!response.ok()) throw new Error(`GET /notifications answered ${response.status()}`);
  return ((await response.json()) as ListEnvelope<NotificationResponse>).items;
}

async function servesNotifications(
  request: APIRequestContext,
  auth: AuthResponse,
): Promise<boolean> {
  return (
    (await hasRoute(request, auth, 'get', '/notifications/unread-count')) &&
    (await hasRoute(request, auth, 'get', '/activities'))
  );
}

test.describe('notifications', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('a due activity raises a live notification', async ({ page, request }) => {
    const account = newAccount('Lembrete');
    const auth = await registerViaApi(request, account);
    test.skip(
      !(await servesNotifications(request, auth)),
      'Waits for the activities and notifications endpoints.',
    );
    const bell = await signInToShell(page, account);
    await expect(bell).toHaveAccessibleName('Notificações');
    // The page stays open from here on: what follows must arrive by the live stream.
    await expect(page.getByText('Ao vivo')).toBeVisible();

    const lead = await createLeadViaApi(request, auth, {
      name: 'Clínica Sorriso',
      assigned_user_id: auth.user.id,
    });
    await createActivityViaApi(request, auth, {
      lead_id: lead.id,
      type: 'call',
      subject: 'Confirmar a proposta',
      due_at: new Date(Date.now() + 10 * 60_000).toISOString(),
    });

    await expect(bell).toHaveAccessibleName('Notificações: 1 não lida', { timeout: 15_000 });
    await bell.click();
    const panel = page.getByRole('dialog', { name: 'Notificações' });
    const item = panel.getByRole('button', {
      name: /Atividade "Confirmar a proposta" com Clínica Sorriso vence às \d{2}:\d{2}/,
    });
    await expect(item).toBeVisible();
    await expect(item).toContainText('Não lida');

    await item.click();
    await expect(page).toHaveURL(new RegExp(`/leads/${lead.id}$`));
    await expect(page.getByRole('heading', { level: 1, name: 'Clínica Sorriso' })).toBeVisible();
    await expect(bell).toHaveAccessibleName('Notificações');
  });

  test('mentioning a teammate in a note notifies them', async ({ page, request }) => {
    const owner = newAccount('Dona');
    const ownerAuth = await registerViaApi(request, owner);
    test.skip(
      !(await servesNotifications(request, ownerAuth)),
      'Waits for the activities and notifications endpoints.',
    );
    const teammate = newAccount('Colega');
    const invitation = await inviteViaApi(request, ownerAuth, teammate.email, 'manager');
    const teammateAuth = await registerViaApi(request, teammate, invitation.token);
    const lead = await createLeadViaApi(request, ownerAuth, { name: 'Padaria Trigo Bom' });
    await signInToShell(page, owner);

    await page.goto(`/leads/${lead.id}`);
    const timeline = page.getByRole('region', { name: 'Timeline de comunicação' });
    const note = timeline.getByLabel('Nota interna');
    await note.pressSequentially('Pode ligar amanhã, @Col');
    const options = timeline.getByRole('listbox', { name: 'Membros da equipe para mencionar' });
    await expect(options.getByRole('option', { name: teammate.name })).toBeVisible();
    await note.press('Enter');
    await expect(note).toHaveValue(`Pode ligar amanhã, @${teammate.name} `);
    await note.pressSequentially('?');
    await timeline.getByRole('button', { name: 'Adicionar nota' }).click();
    await expect(note).toHaveValue('');

    await expect
      .poll(async () =>
        (await notificationsOf(request, teammateAuth)).map((item) => ({
          kind: item.kind,
          actor: item.actor?.name,
          lead: item.lead?.name,
        })),
      )
      .toEqual([{ kind: 'mention', actor: owner.name, lead: 'Padaria Trigo Bom' }]);
  });
});
