import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getMe } from '@/features/auth/api/get-me';
import { renderApp } from '@/testing/render-app';
import { signInForTest, TEST_ORGANIZATION_ID } from '@/testing/session';
import { stubApi, type StubApi } from '@/testing/stub-api';

vi.mock('@/features/auth/api/get-me', () => ({ getMe: vi.fn() }));

function stubSettings(): StubApi {
  return stubApi({
    'GET /members': { body: { items: [], next_cursor: null } },
    'GET /organizations/current': {
      body: {
        id: TEST_ORGANIZATION_ID,
        name: 'Agência Teste',
        plan: 'free',
        created_at: '2026-01-01T00:00:00.000Z',
      },
    },
    'GET /integrations/whatsapp': {
      body: {
        provider: 'whatsapp',
        status: 'active',
        phone_number_id: '109876543210',
        waba_id: '200000000000001',
        display_phone_number: '+55 11 98765-4321',
        verified_name: 'Agência Teste',
        webhook_url: 'https://crm.agencia.test/api/v1/webhooks/whatsapp',
        connected_at: '2026-01-02T10:00:00.000Z',
        updated_at: '2026-01-02T10:00:00.000Z',
        last_error: null,
      },
    },
    'GET /integrations/whatsapp/events': { body: { data: [], next_cursor: null } },
    'GET /api-keys': { body: { items: [], next_cursor: null } },
    'GET /webhook-endpoints': { body: { items: [], next_cursor: null } },
    'GET /integrations/twilio': {
      body: {
        provider: 'twilio',
        status: 'disconnected',
        account_sid: null,
        friendly_name: null,
        phone_number: null,
        agent_phone: null,
        voice_url: 'https://crm.agencia.test/api/v1/webhooks/twilio/voice',
        status_callback_url: 'https://crm.agencia.test/api/v1/webhooks/twilio/status',
        connected_at: null,
        updated_at: null,
        last_error: null,
      },
    },
  });
}

describe('SettingsRoute', () => {
  beforeEach(() => {
    vi.mocked(getMe).mockReturnValue(new Promise(() => undefined));
  });

  it('shows admins the WhatsApp integration with its status', async () => {
    signInForTest({ role: 'admin' });
    stubSettings();

    renderApp('/configuracoes');

    expect(await screen.findByRole('region', { name: 'WhatsApp Business' })).toBeVisible();
    expect(await screen.findByText('Ativo')).toBeVisible();
  });

  it('shows admins the Twilio calls integration beside WhatsApp', async () => {
    signInForTest({ role: 'admin' });
    stubSettings();

    renderApp('/configuracoes');

    const twilio = await screen.findByRole('region', { name: 'Ligações (Twilio)' });
    expect(await within(twilio).findByText('Desconectado')).toBeVisible();
    expect(within(twilio).getByRole('button', { name: 'Conectar Twilio' })).toBeVisible();
  });

  it('keeps the integration from everyone else, without asking the API', async () => {
    signInForTest({ role: 'agent' });
    const api = stubSettings();

    renderApp('/configuracoes');

    expect(await screen.findByRole('region', { name: 'Equipe' })).toBeVisible();
    expect(screen.queryByRole('region', { name: 'WhatsApp Business' })).not.toBeInTheDocument();
    expect(api.requestsTo('GET /integrations/whatsapp')).toHaveLength(0);
    expect(screen.queryByRole('region', { name: 'Ligações (Twilio)' })).not.toBeInTheDocument();
    expect(api.requestsTo('GET /integrations/twilio')).toHaveLength(0);
  });

  it('shows admins the API keys and webhooks, with how to use them', async () => {
    signInForTest({ role: 'admin' });
    stubSettings();

    renderApp('/configuracoes');

    const help = await screen.findByRole('region', { name: 'API' });
    expect(within(help).getByText('Authorization: Bearer lcrm_…')).toBeVisible();
    expect(within(help).getByRole('link', { name: /Documentação da API/ })).toHaveAttribute(
      'href',
      '/api/docs',
    );
    const keys = screen.getByRole('region', { name: 'Chaves de API' });
    expect(
      await within(keys).findByRole('heading', { name: 'Nenhuma chave de API' }),
    ).toBeVisible();
    const webhooks = screen.getByRole('region', { name: 'Webhooks' });
    expect(await within(webhooks).findByRole('heading', { name: 'Nenhum webhook' })).toBeVisible();
  });

  it.each(['manager', 'agent'] as const)(
    'keeps the API keys and webhooks from a %s, without asking the API',
    async (role) => {
      signInForTest({ role });
      const api = stubSettings();

      renderApp('/configuracoes');

      expect(await screen.findByRole('region', { name: 'Equipe' })).toBeVisible();
      expect(screen.queryByRole('region', { name: 'API' })).not.toBeInTheDocument();
      expect(screen.queryByRole('region', { name: 'Chaves de API' })).not.toBeInTheDocument();
      expect(screen.queryByRole('region', { name: 'Webhooks' })).not.toBeInTheDocument();
      expect(api.requestsTo('GET /api-keys')).toHaveLength(0);
      expect(api.requestsTo('GET /webhook-endpoints')).toHaveLength(0);
    },
  );

  it('shows admins the system status (moved here from the old home page)', async () => {
    signInForTest({ role: 'admin' });
    stubSettings();

    renderApp('/configuracoes');

    expect(await screen.findByRole('region', { name: 'Status do sistema' })).toBeVisible();
    expect(screen.getByRole('region', { name: 'Motivos de perda' })).toBeVisible();
  });

  it('lets managers edit the lost reasons, without the system status', async () => {
    signInForTest({ role: 'manager' });
    stubSettings();

    renderApp('/configuracoes');

    expect(await screen.findByRole('region', { name: 'Motivos de perda' })).toBeVisible();
    expect(screen.queryByRole('region', { name: 'Status do sistema' })).not.toBeInTheDocument();
  });

  it('shows agents neither the lost reasons list nor the system status', async () => {
    signInForTest({ role: 'agent' });
    const api = stubSettings();

    renderApp('/configuracoes');

    expect(await screen.findByRole('region', { name: 'Equipe' })).toBeVisible();
    expect(screen.queryByRole('region', { name: 'Motivos de perda' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Status do sistema' })).not.toBeInTheDocument();
    expect(api.requestsTo('GET /health/ready')).toHaveLength(0);
  });
});
