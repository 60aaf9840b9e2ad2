import type { ApiKeyResponse, CreatedApiKeyResponse } from '@loved/shared';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { ApiKeysCard } from '@/features/api-access/components/api-keys-card';
import { renderWithProviders } from '@/testing/render-with-providers';
import { signInForTest, TEST_USER } from '@/testing/session';
import { stubApi, type StubReply } from '@/testing/stub-api';

const LIST = 'GET /api-keys';
const CREATE = 'POST /api-keys';
const REVOKE = 'DELETE /api-keys/:id';
const SECRET = 'lcrm_abcd1234efgh5678ijkl9012mnop3456qrst';

function makeApiKey(overrides: Partial<ApiKeyResponse> = {}): ApiKeyResponse {
  return {
    id: '00000000-0000-4000-8000-0000000c0001',
    name: 'Formulário do site',
    prefix: 'lcrm_abcd1234',
    scopes: ['leads:read', 'leads:write'],
    created_by: { id: TEST_USER.id, name: TEST_USER.name },
    created_at: '2026-01-02T10:00:00.000Z',
    expires_at: null,
    last_used_at: null,
    ...overrides,
  };
}

function page(items: ApiKeyResponse[]): StubReply {
  return { body: { items, next_cursor: null } };
}

describe('ApiKeysCard', () => {
  beforeEach(() => {
    signInForTest();
  });

  it('lists each key with its start, scopes in Portuguese, author and "Nunca usada"', async () => {
    stubApi({
      [LIST]: page([
        makeApiKey(),
        makeApiKey({
          id: '00000000-0000-4000-8000-0000000c0002',
          name: 'Zapier',
          prefix: 'lcrm_zz99yy88',
          scopes: ['communications:read'],
          created_by: null,
          last_used_at: '2026-01-03T10:00:00.000Z',
          expires_at: '2099-12-31T23:59:59.000Z',
        }),
      ]),
    });

    renderWithProviders(<ApiKeysCard />);

    const card = await screen.findByRole('region', { name: 'Chaves de API' });
    const list = await within(card).findByRole('list', { name: 'Chaves de API' });
    // The rows themselves; each holds a list of its scopes too.
    const rows = Array.from(list.children) as HTMLElement[];
    expect(rows).toHaveLength(2);
    const [site, zapier] = rows as [HTMLElement, HTMLElement];
    expect(site).toHaveTextContent('lcrm_abcd1234…');
    const siteScopes = within(site).getByRole('list', { name: 'Escopos de Formulário do site' });
    expect(within(siteScopes).getByText('Ler leads')).toBeVisible();
    expect(within(siteScopes).getByText('Gravar leads')).toBeVisible();
    expect(site).toHaveTextContent(`Criada por ${TEST_USER.name}`);
    expect(within(site).getByText('Nunca usada')).toBeVisible();
    expect(within(site).getByText('Não expira')).toBeVisible();
    expect(zapier).toHaveTextContent('lcrm_zz99yy88…');
    expect(within(zapier).getByText('Ler comunicações')).toBeVisible();
    expect(zapier).toHaveTextContent('Último uso');
    expect(zapier).toHaveTextContent('Expira em 31/12/2099');
  });

  it('says there are no keys yet, with the button to create one', async () => {
    stubApi({ [LIST]: page([]) });

    renderWithProviders(<ApiKeysCard />);

    expect(await screen.findByRole('heading', { name: 'Nenhuma chave de API' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Nova chave' })).toBeVisible();
  });

  it('says it is loading while the API has not answered', async () => {
    stubApi({});

    renderWithProviders(<ApiKeysCard />);

    expect(await screen.findByText('Carregando as chaves…')).toBeVisible();
  });

  it('creates a key, shows its secret once with a warning, and copies it', async () => {
    const created: CreatedApiKeyResponse = {
      ...makeApiKey({ name: 'Integração', scopes: ['leads:read'] }),
      secret: SECRET,
    };
    const api = stubApi({ [LIST]: page([]), [CREATE]: { status: 201, body: created } });
    const user = userEvent.setup();
    renderWithProviders(<ApiKeysCard />);

    await user.click(await screen.findByRole('button', { name: 'Nova chave' }));
    const form = await screen.findByRole('dialog', { name: 'Nova chave de API' });
    await user.type(within(form).getByLabelText('Nome'), 'Integração');
    await user.click(
      within(form).getByRole('checkbox', {
        name: 'Ler leads',
        description: 'Listar e consultar leads, etapas e responsáveis.',
      }),
    );
    await user.click(within(form).getByRole('button', { name: 'Criar chave' }));

    const reveal = await screen.findByRole('dialog', { name: 'Chave criada: Integração' });
    expect(within(reveal).getByText(/não será mostrada de novo/)).toBeVisible();
    expect(within(reveal).getByLabelText('Chave secreta')).toHaveValue(SECRET);
    await user.click(within(reveal).getByRole('button', { name: 'Copiar' }));
    expect(await within(reveal).findByRole('button', { name: 'Copiada' })).toBeVisible();
    await expect(navigator.clipboard.readText()).resolves.toBe(SECRET);
    expect(api.requestsTo(CREATE)[0]?.body).toEqual({
      name: 'Integração',
      scopes: ['leads:read'],
      expires_at: null,
    });

    await user.click(within(reveal).getByRole('button', { name: 'Concluir' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const list = screen.getByRole('list', { name: 'Chaves de API' });
    expect(within(list).getByText('Integração')).toBeVisible();
    expect(screen.queryByDisplayValue(SECRET)).not.toBeInTheDocument();
    expect(document.body).not.toHaveTextContent(SECRET);
  });

  it('asks for a name and a scope before calling the API', async () => {
    const api = stubApi({ [LIST]: page([]) });
    const user = userEvent.setup();
    renderWithProviders(<ApiKeysCard />);

    await user.click(await screen.findByRole('button', { name: 'Nova chave' }));
    const form = await screen.findByRole('dialog', { name: 'Nova chave de API' });
    await user.click(within(form).getByRole('button', { name: 'Criar chave' }));

    expect(within(form).getByLabelText('Nome')).toHaveAccessibleDescription('Dê um nome à chave.');
    expect(within(form).getByText('Marque pelo menos um escopo.')).toBeVisible();
    expect(within(form).getByLabelText('Nome')).toHaveFocus();
    expect(api.requestsTo(CREATE)).toHaveLength(0);
  });

  it('sends the chosen last day as the end of that day', async () => {
    const api = stubApi({
      [LIST]: page([]),
      [CREATE]: { status: 201, body: { ...makeApiKey(), secret: SECRET } },
    });
    const user = userEvent.setup();
    renderWithProviders(<ApiKeysCard />);

    await user.click(await screen.findByRole('button', { name: 'Nova chave' }));
    const form = await screen.findByRole('dialog', { name: 'Nova chave de API' });
    await user.type(within(form).getByLabelText('Nome'), 'Com validade');
    await user.click(within(form).getByRole('checkbox', { name: 'Gravar leads' }));
    await user.type(within(form).getByLabelText('Expira em'), '2099-03-10');
    await user.click(within(form).getByRole('button', { name: 'Criar chave' }));

    await screen.findByRole('dialog', { name: /Chave criada/ });
    const body = api.requestsTo(CREATE)[0]?.body as { expires_at: string };
    const end = new Date(body.expires_at);
    expect([end.getFullYear(), end.getMonth(), end.getDate(), end.getHours()]).toEqual([
      2099, 2, 10, 23,
    ]);
  });

  it('revokes a key only after confirming, and takes it off the list', async () => {
    const api = stubApi({ [LIST]: page([makeApiKey()]), [REVOKE]: { status: 204 } });
    const user = userEvent.setup();
    renderWithProviders(<ApiKeysCard />);

    await user.click(
      await screen.findByRole('button', { name: 'Revogar a chave Formulário do site' }),
    );
    const confirm = await screen.findByRole('dialog', {
      name: 'Revogar a chave Formulário do site?',
    });
    expect(api.requestsTo(REVOKE)).toHaveLength(0);
    await user.click(within(confirm).getByRole('button', { name: 'Revogar chave' }));

    expect(await screen.findByRole('heading', { name: 'Nenhuma chave de API' })).toBeVisible();
    expect(api.requestsTo(REVOKE)[0]?.path).toBe('/api-keys/00000000-0000-4000-8000-0000000c0001');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('keeps the key when the confirmation is cancelled', async () => {
    const api = stubApi({ [LIST]: page([makeApiKey()]), [REVOKE]: { status: 204 } });
    const user = userEvent.setup();
    renderWithProviders(<ApiKeysCard />);

    await user.click(
      await screen.findByRole('button', { name: 'Revogar a chave Formulário do site' }),
    );
    const confirm = await screen.findByRole('dialog');
    await user.click(within(confirm).getByRole('button', { name: 'Cancelar' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByText('Formulário do site')).toBeVisible();
    expect(api.requestsTo(REVOKE)).toHaveLength(0);
  });
});
