import type { WebhookEventResponse, WhatsAppIntegrationResponse } from '@loved/shared';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { WhatsAppIntegrationCard } from '@/features/integrations/components/whatsapp-integration-card';
import { renderWithProviders } from '@/testing/render-with-providers';
import { signInForTest } from '@/testing/session';
import { stubApi, type StubHandler, type StubReply } from '@/testing/stub-api';

const INTEGRATION = 'GET /integrations/whatsapp';
const CONNECT = 'POST /integrations/whatsapp';
const DISCONNECT = 'DELETE /integrations/whatsapp';
const EVENTS = 'GET /integrations/whatsapp/events';
const RETRY = 'POST /integrations/whatsapp/events/:id/retry';
const WEBHOOK_URL = 'https://crm.agencia.test/api/v1/webhooks/whatsapp';

function makeIntegration(
  overrides: Partial<WhatsAppIntegrationResponse> = {},
): WhatsAppIntegrationResponse {
  return {
    provider: 'whatsapp',
    status: 'disconnected',
    phone_number_id: null,
    waba_id: null,
    display_phone_number: null,
    verified_name: null,
    webhook_url: WEBHOOK_URL,
    connected_at: null,
    updated_at: null,
    last_error: null,
    ...overrides,
  };
}

const ACTIVE = makeIntegration({
  status: 'active',
  phone_number_id: '109876543210',
  waba_id: '200000000000001',
  display_phone_number: '+55 11 98765-4321',
  verified_name: 'Agência Teste',
  connected_at: '2026-01-02T10:00:00.000Z',
  updated_at: '2026-01-02T10:00:00.000Z',
});

const NO_EVENTS: StubReply = { body: { data: [], next_cursor: null } };

function problem(status: number, body: Record<string, unknown>): StubReply {
  return { status, body: { type: 'about:blank', title: 'Error', status, detail: 'x', ...body } };
}

async function fillConnectForm(user: ReturnType<typeof userEvent.setup>): Promise<void> {
  const card = await screen.findByRole('region', { name: 'WhatsApp Business' });
  const form = within(card);
  await user.type(await form.findByLabelText('Número exibido'), '+55 11 98765-4321');
  await user.type(form.getByLabelText('ID do número de telefone'), '109876543210');
  await user.type(form.getByLabelText('ID da conta do WhatsApp Business (WABA)'), '2000001');
  await user.type(form.getByLabelText('Token de acesso'), 'EAAG-token');
  await user.type(form.getByLabelText('Chave secreta do app'), 'app-secret');
  await user.type(form.getByLabelText('Token de verificação do webhook'), 'verifica-123');
}

describe('WhatsAppIntegrationCard', () => {
  beforeEach(() => {
    signInForTest();
  });

  it('shows a never-connected number as Desconectado, with the webhook URL and the form', async () => {
    stubApi({ [INTEGRATION]: { body: makeIntegration() }, [EVENTS]: NO_EVENTS });

    renderWithProviders(<WhatsAppIntegrationCard />);

    const card = await screen.findByRole('region', { name: 'WhatsApp Business' });
    expect(await within(card).findByText('Desconectado')).toBeVisible();
    expect(within(card).getByLabelText('URL do webhook')).toHaveValue(WEBHOOK_URL);
    expect(within(card).getByRole('button', { name: 'Copiar URL do webhook' })).toBeVisible();
    expect(within(card).getByLabelText('Token de acesso')).toHaveAttribute('type', 'password');
    expect(within(card).getByLabelText('Chave secreta do app')).toHaveAttribute('type', 'password');
    expect(within(card).queryByRole('button', { name: 'Desconectar' })).not.toBeInTheDocument();
  });

  it('marks each field the API rejected, with its message in Portuguese', async () => {
    const api = stubApi({
      [INTEGRATION]: { body: makeIntegration() },
      [EVENTS]: NO_EVENTS,
      [CONNECT]: problem(400, {
        code: 'VALIDATION_FAILED',
        errors: [
          { field: 'phone_number_id', code: 'matches', message: 'must be digits' },
          { field: 'display_phone_number', code: 'maxLength', params: { max: 20 }, message: 'x' },
        ],
      }),
    });
    const user = userEvent.setup();
    renderWithProviders(<WhatsAppIntegrationCard />);

    await fillConnectForm(user);
    await user.click(screen.getByRole('button', { name: 'Conectar WhatsApp' }));

    const phoneNumberId = await screen.findByLabelText('ID do número de telefone');
    await waitFor(() => expect(phoneNumberId).toHaveAttribute('aria-invalid', 'true'));
    expect(phoneNumberId).toHaveAccessibleDescription(
      expect.stringContaining('O formato não é válido.'),
    );
    expect(screen.getByLabelText('Número exibido')).toHaveAccessibleDescription(
      expect.stringContaining('Use no máximo 20 caracteres.'),
    );
    expect(screen.getByLabelText('Token de acesso')).not.toHaveAttribute('aria-invalid');
    // The first field marked invalid, in the form's order, takes the focus.
    expect(screen.getByLabelText('Número exibido')).toHaveFocus();
    expect(api.requestsTo(CONNECT)[0]?.body).toEqual({
      display_phone_number: '+55 11 98765-4321',
      phone_number_id: '109876543210',
      waba_id: '2000001',
      access_token: 'EAAG-token',
      app_secret: 'app-secret',
      verify_token: 'verifica-123',
    });
  });

  it("puts Meta's refusal of the token under the token field", async () => {
    stubApi({
      [INTEGRATION]: { body: makeIntegration() },
      [EVENTS]: NO_EVENTS,
      [CONNECT]: problem(422, { code: 'WHATSAPP_TOKEN_INVALID' }),
    });
    const user = userEvent.setup();
    renderWithProviders(<WhatsAppIntegrationCard />);

    await fillConnectForm(user);
    await user.click(screen.getByRole('button', { name: 'Conectar WhatsApp' }));

    const token = screen.getByLabelText('Token de acesso');
    await waitFor(() => expect(token).toHaveAttribute('aria-invalid', 'true'));
    expect(token).toHaveAccessibleDescription(
      expect.stringContaining('A Meta recusou o token de acesso.'),
    );
  });

  it('says so above the button when Meta cannot be reached', async () => {
    stubApi({
      [INTEGRATION]: { body: makeIntegration() },
      [EVENTS]: NO_EVENTS,
      [CONNECT]: problem(502, { code: 'WHATSAPP_UNREACHABLE' }),
    });
    const user = userEvent.setup();
    renderWithProviders(<WhatsAppIntegrationCard />);

    await fillConnectForm(user);
    await user.click(screen.getByRole('button', { name: 'Conectar WhatsApp' }));

    expect(
      await screen.findByText(
        'Não foi possível falar com a Meta agora. Tente novamente em instantes.',
      ),
    ).toBeVisible();
  });

  it('asks for every field before calling the API', async () => {
    const api = stubApi({ [INTEGRATION]: { body: makeIntegration() }, [EVENTS]: NO_EVENTS });
    const user = userEvent.setup();
    renderWithProviders(<WhatsAppIntegrationCard />);

    await user.click(await screen.findByRole('button', { name: 'Conectar WhatsApp' }));

    expect(screen.getByLabelText('Número exibido')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getAllByText('Preencha este campo.')).toHaveLength(6);
    expect(screen.getByLabelText('Número exibido')).toHaveFocus();
    expect(api.requestsTo(CONNECT)).toHaveLength(0);
  });

  it('shows the pending state while Meta checks the credentials, then Ativo', async () => {
    let answer: (reply: StubReply) => void = () => undefined;
    const connect: StubHandler = () => new Promise<StubReply>((resolve) => (answer = resolve));
    stubApi({
      [INTEGRATION]: { body: makeIntegration() },
      [EVENTS]: NO_EVENTS,
      [CONNECT]: connect,
    });
    const user = userEvent.setup();
    renderWithProviders(<WhatsAppIntegrationCard />);

    await fillConnectForm(user);
    await user.click(screen.getByRole('button', { name: 'Conectar WhatsApp' }));

    expect(await screen.findByRole('button', { name: 'Verificando com a Meta…' })).toBeDisabled();
    answer({ status: 201, body: ACTIVE });
    expect(await screen.findByText('Ativo')).toBeVisible();
    expect(screen.queryByLabelText('Token de acesso')).not.toBeInTheDocument();
    expect(screen.getByText('Agência Teste')).toBeVisible();
  });

  it('asks before disconnecting, then shows the number as Desconectado', async () => {
    let disconnected = false;
    const api = stubApi({
      [INTEGRATION]: () => ({ body: disconnected ? makeIntegration() : ACTIVE }),
      [EVENTS]: NO_EVENTS,
      [DISCONNECT]: () => {
        disconnected = true;
        return { status: 204 };
      },
    });
    const user = userEvent.setup();
    renderWithProviders(<WhatsAppIntegrationCard />);

    await user.click(await screen.findByRole('button', { name: 'Desconectar' }));
    const dialog = screen.getByRole('dialog', { name: 'Desconectar o WhatsApp?' });
    expect(dialog).toHaveTextContent('+55 11 98765-4321');
    expect(api.requestsTo(DISCONNECT)).toHaveLength(0);
    await user.click(within(dialog).getByRole('button', { name: 'Desconectar WhatsApp' }));

    expect(await screen.findByText('Desconectado')).toBeVisible();
    expect(api.requestsTo(DISCONNECT)).toHaveLength(1);
  });

  it('tells an admin to reauthenticate when Meta refused the saved token', async () => {
    stubApi({
      [INTEGRATION]: { body: { ...ACTIVE, status: 'needs_reauth' } },
      [EVENTS]: NO_EVENTS,
    });

    renderWithProviders(<WhatsAppIntegrationCard />);

    expect(await screen.findByText('Reautenticação necessária')).toBeVisible();
    expect(screen.getByText('A Meta recusou as credenciais salvas')).toBeVisible();
    expect(screen.getByLabelText('ID do número de telefone')).toHaveValue('109876543210');
    expect(screen.getByLabelText('Token de acesso')).toHaveValue('');
    expect(screen.getByRole('button', { name: 'Salvar credenciais' })).toBeVisible();
  });

  it('lists failed webhook events and retries one', async () => {
    const failed: WebhookEventResponse = {
      id: 'event-1',
      provider: 'whatsapp',
      status: 'failed',
      attempts: 5,
      last_error: 'Lead lookup timed out',
      update_count: 2,
      received_at: '2026-01-03T10:00:00.000Z',
      processed_at: null,
    };
    const api = stubApi({
      [INTEGRATION]: { body: ACTIVE },
      [EVENTS]: { body: { data: [failed], next_cursor: null } },
      [RETRY]: { status: 202 },
    });
    const user = userEvent.setup();
    renderWithProviders(<WhatsAppIntegrationCard />);

    const list = await screen.findByRole('list', { name: 'Eventos com falha' });
    expect(list).toHaveTextContent('5 tentativas');
    expect(list).toHaveTextContent('Lead lookup timed out');
    await user.click(within(list).getByRole('button', { name: /^Reprocessar o evento recebido/ }));

    expect(await screen.findByText('Nenhum evento com falha.')).toBeVisible();
    expect(api.requestsTo(RETRY)[0]?.path).toBe('/integrations/whatsapp/events/event-1/retry');
    expect(api.requestsTo(EVENTS)[0]?.params).toMatchObject({ status: 'failed' });
  });
});
