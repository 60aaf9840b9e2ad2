import type { EmailIntegrationResponse } from '@loved/shared';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { EmailIntegrationCard } from '@/features/integrations/components/email-integration-card';
import { renderWithProviders } from '@/testing/render-with-providers';
import { signInForTest } from '@/testing/session';
import { stubApi, type StubReply } from '@/testing/stub-api';

const INTEGRATION = 'GET /integrations/email';
const CONNECT = 'POST /integrations/email';

function makeIntegration(
  overrides: Partial<EmailIntegrationResponse> = {},
): EmailIntegrationResponse {
  return {
    provider: 'email',
    status: 'disconnected',
    email_address: null,
    display_name: null,
    auth: 'password',
    oauth_provider: null,
    imap_host: null,
    imap_port: null,
    smtp_host: null,
    smtp_port: null,
    create_leads_for_unknown_senders: false,
    sync_days: 30,
    connected_at: null,
    updated_at: null,
    last_error: null,
    ...overrides,
  };
}

const ACTIVE = makeIntegration({
  status: 'active',
  email_address: 'contato@agencia.test',
  display_name: 'Agência Teste',
  imap_host: 'imap.agencia.test',
  imap_port: 993,
  smtp_host: 'smtp.agencia.test',
  smtp_port: 465,
  connected_at: '2026-01-02T10:00:00.000Z',
  updated_at: '2026-01-02T10:00:00.000Z',
});

function problem(status: number, body: Record<string, unknown>): StubReply {
  return { status, body: { type: 'about:blank', title: 'Error', status, detail: 'x', ...body } };
}

async function findCard(): Promise<ReturnType<typeof within>> {
  return within(await screen.findByRole('region', { name: 'E-mail (IMAP/SMTP)' }));
}

async function fillMailboxFields(user: ReturnType<typeof userEvent.setup>): Promise<void> {
  const card = await findCard();
  await user.type(await card.findByLabelText('Endereço de e-mail'), 'contato@agencia.test');
  const imap = within(card.getByRole('group', { name: 'Recebimento (IMAP)' }));
  await user.type(imap.getByLabelText('Usuário'), 'contato@agencia.test');
  const smtp = within(card.getByRole('group', { name: 'Envio (SMTP)' }));
  await user.type(smtp.getByLabelText('Usuário'), 'contato@agencia.test');
}

async function fillConnectForm(user: ReturnType<typeof userEvent.setup>): Promise<void> {
  const card = await findCard();
  await user.type(await card.findByLabelText('Endereço de e-mail'), 'contato@agencia.test');
  await user.type(card.getByLabelText('Nome de exibição'), 'Agência Teste');
  const imap = within(card.getByRole('group', { name: 'Recebimento (IMAP)' }));
  await user.type(imap.getByLabelText('Servidor'), 'imap.agencia.test');
  await user.type(imap.getByLabelText('Usuário'), 'contato@agencia.test');
  await user.type(imap.getByLabelText('Senha'), 'senha-imap');
  const smtp = within(card.getByRole('group', { name: 'Envio (SMTP)' }));
  await user.type(smtp.getByLabelText('Servidor'), 'smtp.agencia.test');
  await user.clear(smtp.getByLabelText('Porta'));
  await user.type(smtp.getByLabelText('Porta'), '587');
  await user.click(smtp.getByLabelText('Usar TLS desde a conexão'));
  await user.type(smtp.getByLabelText('Usuário'), 'contato@agencia.test');
  await user.type(smtp.getByLabelText('Senha'), 'senha-smtp');
  await user.click(card.getByLabelText('Criar leads para remetentes desconhecidos'));
}

describe('EmailIntegrationCard', () => {
  beforeEach(() => {
    signInForTest();
  });

  it('connects the mailbox with the nested IMAP and SMTP settings and shows it as Ativo', async () => {
    const api = stubApi({
      [INTEGRATION]: { body: makeIntegration() },
      [CONNECT]: { status: 201, body: ACTIVE },
    });
    const user = userEvent.setup();
    renderWithProviders(<EmailIntegrationCard />);

    await fillConnectForm(user);
    await user.click(screen.getByRole('button', { name: 'Conectar e-mail' }));

    const card = await findCard();
    expect(await card.findByText('Ativo')).toBeVisible();
    expect(api.requestsTo(CONNECT)).toHaveLength(1);
    expect(api.requestsTo(CONNECT)[0]?.body).toEqual({
      email_address: 'contato@agencia.test',
      display_name: 'Agência Teste',
      imap: {
        host: 'imap.agencia.test',
        port: 993,
        secure: true,
        username: 'contato@agencia.test',
        password: 'senha-imap',
      },
      smtp: {
        host: 'smtp.agencia.test',
        port: 587,
        secure: false,
        username: 'contato@agencia.test',
        password: 'senha-smtp',
      },
      create_leads_for_unknown_senders: true,
      sync_days: 30,
    });
    expect(card.getByText('imap.agencia.test:993')).toBeVisible();
    expect(card.getByRole('button', { name: 'Desconectar' })).toBeVisible();
  });

  it('shows the IMAP server refusing the login inside the IMAP group', async () => {
    stubApi({
      [INTEGRATION]: { body: makeIntegration() },
      [CONNECT]: problem(422, {
        code: 'EMAIL_IMAP_LOGIN_FAILED',
        errors: [{ field: 'imap', code: 'invalid', message: 'refused' }],
      }),
    });
    const user = userEvent.setup();
    renderWithProviders(<EmailIntegrationCard />);

    await fillConnectForm(user);
    await user.click(screen.getByRole('button', { name: 'Conectar e-mail' }));

    const card = await findCard();
    const imap = within(card.getByRole('group', { name: 'Recebimento (IMAP)' }));
    const password = imap.getByLabelText('Senha');
    await expect.poll(() => password.getAttribute('aria-invalid')).toBe('true');
    expect(password).toHaveAccessibleDescription(/IMAP/);
    const smtp = within(card.getByRole('group', { name: 'Envio (SMTP)' }));
    expect(smtp.getByLabelText('Senha')).not.toHaveAttribute('aria-invalid');
  });

  it('puts the API field errors on the flat fields of their group', async () => {
    stubApi({
      [INTEGRATION]: { body: makeIntegration() },
      [CONNECT]: problem(400, {
        code: 'VALIDATION_FAILED',
        errors: [{ field: 'smtp.host', code: 'invalid', message: 'bad' }],
      }),
    });
    const user = userEvent.setup();
    renderWithProviders(<EmailIntegrationCard />);

    await fillConnectForm(user);
    await user.click(screen.getByRole('button', { name: 'Conectar e-mail' }));

    const card = await findCard();
    const smtp = within(card.getByRole('group', { name: 'Envio (SMTP)' }));
    const host = smtp.getByLabelText('Servidor');
    await expect.poll(() => host.getAttribute('aria-invalid')).toBe('true');
  });

  it('connects with OAuth2: no passwords, the provider servers filled in, and the grant sent', async () => {
    const api = stubApi({
      [INTEGRATION]: { body: makeIntegration() },
      [CONNECT]: {
        status: 201,
        body: { ...ACTIVE, auth: 'oauth2', oauth_provider: 'microsoft' },
      },
    });
    const user = userEvent.setup();
    renderWithProviders(<EmailIntegrationCard />);

    await fillMailboxFields(user);
    const card = await findCard();
    const imap = within(card.getByRole('group', { name: 'Recebimento (IMAP)' }));
    const smtp = within(card.getByRole('group', { name: 'Envio (SMTP)' }));
    expect(imap.getByLabelText('Senha')).toBeVisible();

    await user.click(card.getByRole('radio', { name: 'OAuth2 (Gmail, Outlook)' }));

    expect(card.getByRole('radio', { name: 'OAuth2 (Gmail, Outlook)' })).toBeChecked();
    expect(imap.queryByLabelText('Senha')).not.toBeInTheDocument();
    expect(smtp.queryByLabelText('Senha')).not.toBeInTheDocument();
    // Google is the provider first shown, and its servers fill the empty hosts.
    expect(imap.getByLabelText('Servidor')).toHaveValue('imap.gmail.com');
    expect(smtp.getByLabelText('Servidor')).toHaveValue('smtp.gmail.com');

    await user.selectOptions(card.getByLabelText('Provedor'), 'Microsoft');

    expect(imap.getByLabelText('Servidor')).toHaveValue('outlook.office365.com');
    expect(smtp.getByLabelText('Servidor')).toHaveValue('smtp.office365.com');
    expect(smtp.getByLabelText('Porta')).toHaveValue('587');
    expect(smtp.getByLabelText('Usar TLS desde a conexão')).not.toBeChecked();
    const token = card.getByLabelText('Token de acesso');
    expect(token).toHaveAttribute('type', 'password');
    await user.type(token, 'ya29.token');
    await user.type(card.getByLabelText('Validade em segundos'), '3599');
    await user.type(card.getByLabelText('Refresh token'), 'refresh-1');
    await user.type(card.getByLabelText('Client ID'), 'client-1.apps');
    await user.click(screen.getByRole('button', { name: 'Conectar e-mail' }));

    expect(await card.findByText('Ativo')).toBeVisible();
    expect(api.requestsTo(CONNECT)).toHaveLength(1);
    expect(api.requestsTo(CONNECT)[0]?.body).toEqual({
      email_address: 'contato@agencia.test',
      auth: 'oauth2',
      oauth2: {
        provider: 'microsoft',
        access_token: 'ya29.token',
        expires_in: 3599,
        refresh_token: 'refresh-1',
        client_id: 'client-1.apps',
      },
      imap: {
        host: 'outlook.office365.com',
        port: 993,
        secure: true,
        username: 'contato@agencia.test',
      },
      smtp: {
        host: 'smtp.office365.com',
        port: 587,
        secure: false,
        username: 'contato@agencia.test',
      },
      create_leads_for_unknown_senders: false,
      sync_days: 30,
    });
    expect(card.getByText('OAuth2 (Microsoft)')).toBeVisible();
  });

  it('asks for the access token before calling the API, and keeps the hosts already typed', async () => {
    const api = stubApi({
      [INTEGRATION]: { body: makeIntegration() },
      [CONNECT]: { status: 201, body: ACTIVE },
    });
    const user = userEvent.setup();
    renderWithProviders(<EmailIntegrationCard />);

    await fillConnectForm(user);
    const card = await findCard();
    await user.click(card.getByRole('radio', { name: 'OAuth2 (Gmail, Outlook)' }));
    const imap = within(card.getByRole('group', { name: 'Recebimento (IMAP)' }));
    expect(imap.getByLabelText('Servidor')).toHaveValue('imap.agencia.test');
    await user.click(screen.getByRole('button', { name: 'Conectar e-mail' }));

    const token = card.getByLabelText('Token de acesso');
    await expect.poll(() => token.getAttribute('aria-invalid')).toBe('true');
    expect(token).toHaveAccessibleDescription(/Cole o token de acesso emitido pelo provedor\./);
    expect(token).toHaveFocus();
    expect(card.getByLabelText('Refresh token')).not.toHaveAttribute('aria-invalid');
    expect(api.requestsTo(CONNECT)).toHaveLength(0);
  });

  it('puts the IMAP server refusing the OAuth2 token under the access token', async () => {
    stubApi({
      [INTEGRATION]: { body: makeIntegration() },
      [CONNECT]: problem(422, {
        code: 'EMAIL_IMAP_LOGIN_FAILED',
        errors: [{ field: 'imap', code: 'invalid', message: 'refused' }],
      }),
    });
    const user = userEvent.setup();
    renderWithProviders(<EmailIntegrationCard />);

    await fillMailboxFields(user);
    const card = await findCard();
    await user.click(card.getByRole('radio', { name: 'OAuth2 (Gmail, Outlook)' }));
    await user.type(card.getByLabelText('Token de acesso'), 'expired');
    await user.click(screen.getByRole('button', { name: 'Conectar e-mail' }));

    const token = card.getByLabelText('Token de acesso');
    await expect.poll(() => token.getAttribute('aria-invalid')).toBe('true');
    expect(token).toHaveAccessibleDescription(/servidor IMAP recusou a conexão ou o token/);
  });

  it('shows how the connected mailbox logs in', async () => {
    stubApi({
      [INTEGRATION]: { body: { ...ACTIVE, auth: 'oauth2', oauth_provider: 'google' } },
    });
    renderWithProviders(<EmailIntegrationCard />);

    const card = await findCard();
    expect(await card.findByText('OAuth2 (Google)')).toBeVisible();
    expect(card.getByText('Autenticação')).toBeVisible();
  });

  it('shows a password mailbox as Senha', async () => {
    stubApi({ [INTEGRATION]: { body: ACTIVE } });
    renderWithProviders(<EmailIntegrationCard />);

    const card = await findCard();
    expect(await card.findByText('Senha')).toBeVisible();
  });
});
