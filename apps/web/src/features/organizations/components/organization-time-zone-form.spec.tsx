import type { OrganizationResponse } from '@loved/shared';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { Toaster } from '@/components/toaster';
import { OrganizationTimeZoneForm } from '@/features/organizations/components/organization-time-zone-form';
import { renderWithProviders } from '@/testing/render-with-providers';
import { signInForTest, TEST_ORGANIZATION_ID } from '@/testing/session';
import { stubApi, type StubApi } from '@/testing/stub-api';

const ORGANIZATION: OrganizationResponse = {
  id: TEST_ORGANIZATION_ID,
  name: 'Agência Teste',
  plan: 'free',
  time_zone: 'America/Manaus',
  created_at: '2026-01-01T00:00:00.000Z',
};

function stubOrganization(): StubApi {
  return stubApi({
    'GET /organizations/current': { body: ORGANIZATION },
    'PATCH /organizations/current': ({ body }) => ({
      body: { ...ORGANIZATION, ...(body as Partial<OrganizationResponse>) },
    }),
  });
}

function renderForm(canEdit: boolean): void {
  renderWithProviders(
    <>
      <OrganizationTimeZoneForm canEdit={canEdit} />
      <Toaster />
    </>,
  );
}

describe('OrganizationTimeZoneForm', () => {
  beforeEach(() => {
    signInForTest();
  });

  it("shows the organisation's zone, Brazil's zones first with São Paulo at the top", async () => {
    stubOrganization();
    renderForm(true);

    const select = await screen.findByRole('combobox', { name: 'Fuso horário da organização' });
    expect(select).toHaveValue('America/Manaus');
    const brazil = within(select).getByRole('group', { name: 'Brasil' });
    const zones = within(brazil)
      .getAllByRole('option')
      .map((option) => (option as HTMLOptionElement).value);
    expect(zones[0]).toBe('America/Sao_Paulo');
    expect(zones).toEqual(
      expect.arrayContaining([
        'America/Belem',
        'America/Fortaleza',
        'America/Recife',
        'America/Cuiaba',
        'America/Porto_Velho',
        'America/Rio_Branco',
        'America/Noronha',
      ]),
    );
  });

  it('saves another zone with PATCH and says so', async () => {
    const api = stubOrganization();
    const user = userEvent.setup();
    renderForm(true);

    const select = await screen.findByRole('combobox', { name: 'Fuso horário da organização' });
    await user.selectOptions(select, 'America/Recife');
    await user.click(screen.getByRole('button', { name: 'Salvar' }));

    expect(await screen.findByText('Fuso horário atualizado.')).toBeVisible();
    expect(api.requestsTo('PATCH /organizations/current')[0]?.body).toEqual({
      time_zone: 'America/Recife',
    });
  });

  it('lets only admins change it', async () => {
    signInForTest({ role: 'agent' });
    stubOrganization();
    renderForm(false);

    expect(
      await screen.findByRole('combobox', { name: 'Fuso horário da organização' }),
    ).toBeDisabled();
    expect(screen.getByText('Só administradores podem alterar o fuso horário.')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Salvar' })).toBeNull();
  });
});
