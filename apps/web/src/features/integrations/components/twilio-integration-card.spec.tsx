import type { TwilioIntegrationResponse } from '@loved/shared';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { TwilioIntegrationCard } from '@/features/integrations/components/twilio-integration-card';
import { renderWithProviders } from '@/testing/render-with-providers';
import { signInForTest } from '@/testing/session';
import { stubApi, type StubHandler, type StubReply } from '@/testing/stub-api';

const INTEGRATION = 'GET /integrations/twilio';
const CONNECT = 'POST /integrations/twilio';
const DISCONNECT = 'DELETE /integrations/twilio';
const VOICE_URL = 'https://crm.agencia.test/api/v1/webhooks/twilio/voice';
const STATUS_URL = 'https://crm.agencia.test/api/v1/webhooks/twilio/status';
const ACCOUNT_SID = 'AC0123456789abcdef0123456789abcdef';

function makeIntegration(
  overrides: Partial<TwilioIntegrationResponse> = {},
): TwilioIntegrationResponse {
  return {
    provider: 'twilio',
    status: 'disconnected',
    account_sid: null,
    friendly_name: null,
    phone_number: null,
    agent_phone: null,
    voice_url: VOICE_URL,
    status_callback_url: STATUS_URL,
    connected_at: null,
    updated_at: null,
    last_error: null,
    ...overrides,
  };
}

const ACTIVE = makeIntegration({
  status: 'active',
  account_sid: ACCOUNT_SID,
  friendly_name: 'Agência Teste (produção)',
  phone_number: '+551140028922',
  agent_phone: '+5511987654321',
  connected_at: '2026-01-02T10:00:00.000Z',
  updated_at: '2026-01-02T10:00:00.000Z',
});

function problem(status: number, body: Record<string, unknown>): StubReply {
  return { status, body: { type: 'about:blank', title: 'Error', status, detail: 'x', ...body } };
}

async function findCard(): Promise<ReturnType<typeof within>> {
  return within(await screen.findByRole('region', { name: 'Ligações (Twilio)' }));
}

async function fillConnectForm(user: ReturnType<typeof userEvent.setup>): Promise<void> {
  const card = await findCard();
  await user.type(await card.findByLabelText('Account SID'), ACCOUNT_SID);
  await user.type(card.getByLabelText('Token de autenticação (Auth Token)'), 'token-secreto');
  await user.type(card.getByLabelText('Número da Twilio'), '+55 11 4002-8922');
  await user.type(card.getByLabelText('Telefone do atendente'), '+55 (11) 98765-4321');
}

describe('TwilioIntegrationCard', () => {
  beforeEach(() => {
    signInForTest();
  });

  it('shows a never-connected account as Desconectado, with both webhook URLs and the form', async () => {
    stubApi({ [INTEGRATION]: { body: makeIntegration() } });

    renderWithProviders(<TwilioIntegrationCard />);

    const card = await findCard();
    expect(await card.findByText('Desconectado')).toBeVisible();
    expect(card.getByLabelText('URL de voz ("A call comes in")')).toHaveValue(VOICE_URL);
    expect(card.getByLabelText('URL de status ("Call status changes")')).toHaveValue(STATUS_URL);
    expect(card.getByRole('button', { name: 'Copiar URL de voz' })).toBeVisible();
    expect(card.getByRole('button', { name: 'Copiar URL de status' })).toBeVisible();
    expect(card.getByText(/Voice Configuration/)).toBeVisible();
    expect(card.getByLabelText('Token de autenticação (Auth Token)')).toHaveAttribute(
      'type',
      'password',
    );
    expect(card.getByLabelText('Número da Twilio')).toHaveAttribute('placeholder', '+5511…');
    expect(card.queryByRole('button', { name: 'Desconectar' })).not.toBeInTheDocument();
  });

  it('connects and shows the account as Ativo with its name and numbers', async () => {
    let answer: (reply: StubReply) => void = () => undefined;
    const connect: StubHandler = () => new Promise<StubReply>((resolve) => (answer = resolve));
    const api = stubApi({ [INTEGRATION]: { body: makeIntegration() }, [CONNECT]: connect });
    const user = userEvent.setup();
    renderWithProviders(<TwilioIntegrationCard />);

    await fillConnectForm(user);
    await user.click(screen.getByRole('button', { name: 'Conectar Twilio' }));

    expect(await screen.findByRole('button', { name: 'Verificando com a Twilio…' })).toBeDisabled();
    expect(api.requestsTo(CONNECT)[0]?.body).toEqual({
      account_sid: ACCOUNT_SID,
      auth_token: 'token-secreto',
      phone_number: '+551140028922',
      agent_phone: '+5511987654321',
    });
    answer({ status: 201, body: ACTIVE });

    const card = await findCard();
    expect(await card.findByText('Ativo')).toBeVisible();
    expect(card.getByText('Agência Teste (produção)')).toBeVisible();
    expect(card.getByText('+551140028922')).toBeVisible();
    expect(card.getByText('+5511987654321')).toBeVisible();
    expect(card.queryByLabelText('Token de autenticação (Auth Token)')).not.toBeInTheDocument();
    expect(card.getByRole('button', { name: 'Desconectar' })).toBeVisible();
  });

  it('puts Twilio refusing the credentials under the auth token field', async () => {
    stubApi({
      [INTEGRATION]: { body: makeIntegration() },
      [CONNECT]: problem(422, {
        code: 'TWILIO_CREDENTIALS_INVALID',
        errors: [{ field: 'auth_token', code: 'invalid', message: 'refused' }],
      }),
    });
    const user = userEvent.setup();
    renderWithProviders(<TwilioIntegrationCard />);

    await fillConnectForm(user);
    await user.click(screen.getByRole('button', { name: 'Conectar Twilio' }));

    const token = screen.getByLabelText('Token de autenticação (Auth Token)');
    await waitFor(() => expect(token).toHaveAttribute('aria-invalid', 'true'));
    expect(token).toHaveAccessibleDescription(
      expect.stringContaining('A Twilio recusou o Account SID e o token de autenticação.'),
    );
    expect(token).toHaveFocus();
    expect(screen.getByLabelText('Account SID')).not.toHaveAttribute('aria-invalid');
  });

  it('shows the API field errors under their fields', async () => {
    stubApi({
      [INTEGRATION]: { body: makeIntegration() },
      [CONNECT]: problem(400, {
        code: 'VALIDATION_FAILED',
        errors: [{ field: 'agent_phone', code: 'isE164', message: 'must be E.164' }],
      }),
    });
    const user = userEvent.setup();
    renderWithProviders(<TwilioIntegrationCard />);

    await fillConnectForm(user);
    await user.click(screen.getByRole('button', { name: 'Conectar Twilio' }));

    const agent = screen.getByLabelText('Telefone do atendente');
    await waitFor(() => expect(agent).toHaveAttribute('aria-invalid', 'true'));
    expect(agent).toHaveAccessibleDescription(
      expect.stringContaining('Use o formato internacional, com + e código do país'),
    );
  });

  it('says an account already used by another organisation under the Account SID', async () => {
    stubApi({
      [INTEGRATION]: { body: makeIntegration() },
      [CONNECT]: problem(409, { code: 'INTEGRATION_ACCOUNT_IN_USE' }),
    });
    const user = userEvent.setup();
    renderWithProviders(<TwilioIntegrationCard />);

    await fillConnectForm(user);
    await user.click(screen.getByRole('button', { name: 'Conectar Twilio' }));

    const sid = screen.getByLabelText('Account SID');
    await waitFor(() => expect(sid).toHaveAttribute('aria-invalid', 'true'));
    expect(sid).toHaveAccessibleDescription(
      expect.stringContaining('Esta conta da Twilio já está conectada a outra organização.'),
    );
  });

  it('says so above the button when Twilio cannot be reached', async () => {
    stubApi({
      [INTEGRATION]: { body: makeIntegration() },
      [CONNECT]: problem(502, { code: 'TWILIO_UNREACHABLE' }),
    });
    const user = userEvent.setup();
    renderWithProviders(<TwilioIntegrationCard />);

    await fillConnectForm(user);
    await user.click(screen.getByRole('button', { name: 'Conectar Twilio' }));

    expect(
      await screen.findByText(
        'Não foi possível falar com a Twilio agora. Tente novamente em instantes.',
      ),
    ).toBeVisible();
  });

  it('checks the Account SID and the phones before calling the API', async () => {
    const api = stubApi({ [INTEGRATION]: { body: makeIntegration() } });
    const user = userEvent.setup();
    renderWithProviders(<TwilioIntegrationCard />);
    const card = await findCard();

    await user.type(await card.findByLabelText('Account SID'), 'SK123');
    await user.type(card.getByLabelText('Número da Twilio'), '11 4002-8922');
    await user.click(card.getByRole('button', { name: 'Conectar Twilio' }));

    expect(card.getByLabelText('Account SID')).toHaveAccessibleDescription(
      expect.stringContaining('O Account SID é AC seguido de 32 caracteres'),
    );
    expect(card.getByLabelText('Account SID')).toHaveFocus();
    expect(card.getByLabelText('Número da Twilio')).toHaveAccessibleDescription(
      expect.stringContaining('Use o formato internacional'),
    );
    expect(card.getAllByText('Preencha este campo.')).toHaveLength(2);
    expect(api.requestsTo(CONNECT)).toHaveLength(0);
  });

  it('asks for the auth token again to update, with the rest filled in', async () => {
    stubApi({ [INTEGRATION]: { body: ACTIVE } });
    const user = userEvent.setup();
    renderWithProviders(<TwilioIntegrationCard />);
    const card = await findCard();

    await user.click(await card.findByRole('button', { name: 'Atualizar credenciais' }));

    expect(card.getByLabelText('Account SID')).toHaveValue(ACCOUNT_SID);
    expect(card.getByLabelText('Telefone do atendente')).toHaveValue('+5511987654321');
    expect(card.getByLabelText('Token de autenticação (Auth Token)')).toHaveValue('');
    expect(card.getByRole('button', { name: 'Salvar credenciais' })).toBeVisible();
  });

  it('asks before disconnecting, then shows the account as Desconectado', async () => {
    let disconnected = false;
    const api = stubApi({
      [INTEGRATION]: () => ({ body: disconnected ? makeIntegration() : ACTIVE }),
      [DISCONNECT]: () => {
        disconnected = true;
        return { status: 204 };
      },
    });
    const user = userEvent.setup();
    renderWithProviders(<TwilioIntegrationCard />);

    await user.click(await screen.findByRole('button', { name: 'Desconectar' }));
    const dialog = screen.getByRole('dialog', { name: 'Desconectar a Twilio?' });
    expect(dialog).toHaveTextContent('+551140028922');
    expect(api.requestsTo(DISCONNECT)).toHaveLength(0);
    await user.click(within(dialog).getByRole('button', { name: 'Desconectar Twilio' }));

    expect(await screen.findByText('Desconectado')).toBeVisible();
    expect(api.requestsTo(DISCONNECT)).toHaveLength(1);
    expect(screen.getByLabelText('Token de autenticação (Auth Token)')).toHaveValue('');
  });

  it('tells an admin to reauthenticate when Twilio refused the saved credentials', async () => {
    stubApi({ [INTEGRATION]: { body: { ...ACTIVE, status: 'needs_reauth' } } });

    renderWithProviders(<TwilioIntegrationCard />);

    expect(await screen.findByText('Reautenticação necessária')).toBeVisible();
    expect(screen.getByText('A Twilio recusou as credenciais salvas')).toBeVisible();
    expect(screen.getByLabelText('Account SID')).toHaveValue(ACCOUNT_SID);
    expect(screen.getByRole('button', { name: 'Salvar credenciais' })).toBeVisible();
  });
});
