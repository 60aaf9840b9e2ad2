import type { LeadResponse, Role } from '@loved/shared';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { LeadDetails } from '@/features/leads/components/lead-details';
import { makeLead } from '@/testing/lead-factory';
import { renderWithProviders } from '@/testing/render-with-providers';
import { signInForTest } from '@/testing/session';
import { stubApi, type StubReply } from '@/testing/stub-api';

const PATCH = 'PATCH /leads/:id';

function problem(status: number, body: Record<string, unknown>): StubReply {
  return { status, body: { type: 'about:blank', title: 'Error', status, detail: 'x', ...body } };
}

async function renderDetails(
  lead: LeadResponse,
  patch: StubReply | ((body: unknown) => StubReply),
  role: Role = 'admin',
): Promise<{ api: ReturnType<typeof stubApi>; user: ReturnType<typeof userEvent.setup> }> {
  signInForTest({ role });
  const api = stubApi({
    'GET /leads/:id': { body: lead },
    [PATCH]: typeof patch === 'function' ? (request) => patch(request.body) : patch,
  });
  const user = userEvent.setup();
  renderWithProviders(
    <LeadDetails
      leadId={lead.id}
      assignees={[{ id: 'user-bruno', name: 'Bruno Lima' }]}
      canDelete
      pipelinePath="/pipeline"
      titleLevel="h1"
      showSummary={false}
      onDeleted={() => undefined}
    />,
  );
  await screen.findByRole('region', { name: 'Dados do lead' });
  return { api, user };
}

describe('LeadDetails', () => {
  it('saves one field in place with the version it was read at', async () => {
    const lead = makeLead({
      estimated_value: '1500.00',
      estimated_value_cents: 150_000,
      version: 3,
    });
    const { api, user } = await renderDetails(lead, {
      body: { ...lead, estimated_value: '2750.50', estimated_value_cents: 275_050, version: 4 },
    });

    await user.click(screen.getByRole('button', { name: /^Editar Valor estimado \(R\$\)/ }));
    const input = screen.getByRole('textbox', { name: 'Valor estimado (R$)' });
    expect(input).toHaveValue('1.500,00');
    await user.clear(input);
    await user.type(input, '2.750,50{Enter}');

    await waitFor(() =>
      expect(screen.getByRole('button', { name: /^Editar Valor estimado/ })).toHaveTextContent(
        /R\$\s2\.750,50/,
      ),
    );
    expect(api.requestsTo(PATCH).map((request) => request.body)).toEqual([
      { version: 3, estimated_value: '2750.50' },
    ]);
  });

  it('shows the phone in national format', async () => {
    await renderDetails(makeLead({ phone: '+5511987651001' }), { status: 500 });

    expect(screen.getByRole('button', { name: /^Editar Telefone/ })).toHaveTextContent(
      '(11) 98765-1001',
    );
  });

  it('shows the current value when someone saved first, and saves again on the new version', async () => {
    const lead = makeLead({ name: 'Loja Antiga', source: 'Instagram', version: 1 });
    const current = { ...lead, name: 'Loja Renomeada', source: 'Google', version: 2 };
    let calls = 0;
    const { api, user } = await renderDetails(lead, () => {
      calls += 1;
      return calls === 1
        ? problem(409, { code: 'LEAD_STALE_VERSION', current })
        : { body: { ...current, source: 'Indicação', version: 3 } };
    });

    await user.click(screen.getByRole('button', { name: 'Editar Origem: Instagram' }));
    const input = screen.getByRole('textbox', { name: 'Origem' });
    await user.clear(input);
    await user.type(input, 'Indicação{Enter}');

    const conflict = await screen.findByRole('alert');
    expect(conflict).toHaveTextContent('Este campo mudou enquanto você editava');
    expect(conflict).toHaveTextContent('Valor atual: Google.');
    expect(input).toHaveValue('Indicação');
    // The rest of the lead follows the current one at once.
    expect(screen.getByRole('button', { name: /^Editar Nome/ })).toHaveTextContent(
      'Loja Renomeada',
    );

    await user.click(screen.getByRole('button', { name: 'Salvar' }));

    expect(await screen.findByRole('button', { name: 'Editar Origem: Indicação' })).toBeVisible();
    expect(api.requestsTo(PATCH).map((request) => request.body)).toEqual([
      { version: 1, source: 'Indicação' },
      { version: 2, source: 'Indicação' },
    ]);
  });

  it('refuses a value that is not an amount under the field, without asking the API', async () => {
    const { api, user } = await renderDetails(makeLead(), { status: 500 });

    await user.click(screen.getByRole('button', { name: /^Editar Valor estimado/ }));
    const input = screen.getByRole('textbox', { name: 'Valor estimado (R$)' });
    await user.type(input, 'mil reais{Enter}');

    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription('Informe um valor como 1.500,00.');
    expect(api.requestsTo(PATCH)).toHaveLength(0);
  });

  it("puts the API's validation error under the field it names", async () => {
    const { user } = await renderDetails(
      makeLead(),
      problem(400, {
        code: 'VALIDATION_FAILED',
        errors: [{ field: 'email', code: 'isEmail', message: 'email must be an email' }],
      }),
    );

    await user.click(screen.getByRole('button', { name: /^Editar E-mail/ }));
    const input = screen.getByRole('textbox', { name: 'E-mail' });
    await user.type(input, 'ana@{Enter}');

    await waitFor(() => expect(input).toHaveAttribute('aria-invalid', 'true'));
    expect(input).toHaveAccessibleDescription('Informe um e-mail válido.');
    expect(input).toHaveValue('ana@');
  });

  it('moves the lead with the stage select, and asks won or lost for Fechado', async () => {
    const lead = makeLead({ stage: 'lead', version: 1 });
    const { api, user } = await renderDetails(lead, {
      body: { ...lead, stage: 'proposta', version: 2 },
    });

    await user.click(screen.getByRole('button', { name: 'Editar Etapa: Lead' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Etapa' }), 'proposta');
    await user.click(screen.getByRole('button', { name: 'Salvar' }));
    expect(await screen.findByRole('button', { name: 'Editar Etapa: Proposta' })).toBeVisible();
    expect(api.requestsTo(PATCH)[0]?.body).toEqual({ version: 1, stage: 'proposta' });

    await user.click(screen.getByRole('button', { name: 'Editar Etapa: Proposta' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Etapa' }), 'fechado');
    await user.click(screen.getByRole('button', { name: 'Salvar' }));

    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByRole('radio', { name: /Ganho/ })).toBeInTheDocument();
    expect(api.requestsTo(PATCH)).toHaveLength(1);
  });

  it('lets an admin change the assignee, and shows it to an agent as text', async () => {
    const lead = makeLead({
      assigned_user_id: 'user-bruno',
      assigned_user: { id: 'user-bruno', name: 'Bruno Lima', avatar_url: null },
    });
    await renderDetails(lead, { status: 500 }, 'agent');

    const details = screen.getByRole('region', { name: 'Dados do lead' });
    expect(within(details).getByText('Bruno Lima')).toBeVisible();
    expect(
      within(details).queryByRole('button', { name: /^Editar Responsável/ }),
    ).not.toBeInTheDocument();
    expect(within(details).getByRole('button', { name: /^Editar Nome/ })).toBeVisible();
  });
});
