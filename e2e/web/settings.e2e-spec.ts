import { expect, test } from '@playwright/test';
import { inviteViaApi, newAccount, registerViaApi } from './support/api';
import { signIn } from './support/session';

test.describe('settings', () => {
  test('an admin renames the organisation, changes a role and creates an invitation link', async ({
    page,
    request,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const owner = newAccount('Admin');
    const ownerAuth = await registerViaApi(request, owner);
    const colleague = newAccount('Agente');
    const invitation = await inviteViaApi(request, ownerAuth, colleague.email, 'agent');
    await registerViaApi(request, colleague, invitation.token);
    await signIn(page, owner);

    await page.goto('/configuracoes');
    const organization = page.getByRole('region', { name: 'Organização' });
    await organization.getByLabel('Nome da organização').fill('Agência Renomeada');
    await organization.getByRole('button', { name: 'Salvar' }).click();
    await expect(page.getByText('Nome da organização atualizado.', { exact: true })).toBeVisible();
    await expect(
      page.getByRole('button', { name: 'Trocar organização (atual: Agência Renomeada)' }),
    ).toBeVisible();

    const team = page.getByRole('region', { name: 'Equipe' });
    await team.getByLabel(`Papel de ${colleague.name}`).selectOption('manager');
    await expect(
      page.getByText(`Papel de ${colleague.name} alterado para Gerente.`, { exact: true }),
    ).toBeVisible();

    const invite = page.getByRole('region', { name: 'Convidar pessoa' });
    await invite.getByLabel('E-mail da pessoa').fill(`nova.${owner.email}`);
    await invite.getByRole('button', { name: 'Criar link de convite' }).click();
    const link = invite.getByLabel(`Link de convite para nova.${owner.email}`);
    await expect(link).toHaveValue(/\/convite\?token=/);
    await invite.getByRole('button', { name: 'Copiar link' }).click();
    await expect(page.getByText('Link copiado.', { exact: true })).toBeVisible();
  });

  test('someone who is not an admin sees the team without controls', async ({ page, request }) => {
    const owner = newAccount('Chefe');
    const ownerAuth = await registerViaApi(request, owner);
    const agent = newAccount('Leitor');
    const invitation = await inviteViaApi(request, ownerAuth, agent.email, 'agent');
    await registerViaApi(request, agent, invitation.token);
    await signIn(page, agent);

    await page.goto('/configuracoes');

    const team = page.getByRole('region', { name: 'Equipe' });
    await expect(team.getByText(owner.name)).toBeVisible();
    await expect(team.getByText('Só administradores podem alterar papéis')).toBeVisible();
    await expect(team.getByRole('combobox')).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Convidar pessoa' })).toHaveCount(0);
    await expect(page.getByLabel('Nome da organização')).toHaveAttribute('readonly', '');
  });
});
