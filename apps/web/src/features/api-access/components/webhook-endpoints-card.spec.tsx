import type {
  CreatedWebhookEndpointResponse,
  WebhookDeliveryResponse,
  WebhookEndpointResponse,
} from '@loved/shared';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { WebhookEndpointsCard } from '@/features/api-access/components/webhook-endpoints-card';
import { renderWithProviders } from '@/testing/render-with-providers';
import { signInForTest } from '@/testing/session';
import { stubApi, type StubReply } from '@/testing/stub-api';

const LIST = 'GET /webhook-endpoints';
const CREATE = 'POST /webhook-endpoints';
const UPDATE = 'PATCH /webhook-endpoints/:id';
const DELETE = 'DELETE /webhook-endpoints/:id';
const DELIVERIES = 'GET /webhook-endpoints/:id/deliveries';
const RETRY = 'POST /webhook-endpoints/:id/deliveries/:deliveryId/retry';
const TEST = 'POST /webhook-endpoints/:id/test';
const ENDPOINT_ID = '00000000-0000-4000-8000-0000000d0001';
const URL = 'https://hooks.agencia.test/loved';
const SECRET = 'whsec_c2VncmVkby1kZS1hc3NpbmF0dXJhLWRvLXRlc3Rl';

function makeEndpoint(overrides: Partial<WebhookEndpointResponse> = {}): WebhookEndpointResponse {
  return {
    id: ENDPOINT_ID,
    url: URL,
    events: ['lead.created', 'lead.moved'],
    description: 'ERP da agência',
    enabled: true,
    disabled_reason: null,
    disabled_at: null,
    created_at: '2026-01-02T10:00:00.000Z',
    updated_at: '2026-01-02T10:00:00.000Z',
    ...overrides,
  };
}

function makeDelivery(overrides: Partial<WebhookDeliveryResponse> = {}): WebhookDeliveryResponse {
  return {
    id: '00000000-0000-4000-8000-0000000e0001',
    event_type: 'lead.created',
    status: 'succeeded',
    attempts: 1,
    response_status: 200,
    duration_ms: 87,
    error: null,
    next_attempt_at: null,
    delivered_at: '2026-01-03T10:00:01.000Z',
    created_at: '2026-01-03T10:00:00.000Z',
    ...overrides,
  };
}

function page<T>(items: T[], nextCursor: string | null = null): StubReply {
  return { body: { items, next_cursor: nextCursor } };
}

describe('WebhookEndpointsCard', () => {
  beforeEach(() => {
    signInForTest();
  });

  it('lists each endpoint with its events in Portuguese and whether it is active', async () => {
    stubApi({
      [LIST]: page([
        makeEndpoint(),
        makeEndpoint({
          id: '00000000-0000-4000-8000-0000000d0002',
          url: 'https://outro.agencia.test/hook',
          description: null,
          events: ['communication.created'],
          enabled: false,
          disabled_reason: 'Deliveries failed for about 24 hours; the endpoint was disabled.',
          disabled_at: '2026-01-04T10:00:00.000Z',
        }),
      ]),
    });

    renderWithProviders(<WebhookEndpointsCard />);

    const list = await screen.findByRole('list', { name: 'Webhooks' });
    const rows = Array.from(list.children) as HTMLElement[];
    expect(rows).toHaveLength(2);
    const [active, disabled] = rows as [HTMLElement, HTMLElement];
    expect(within(active).getByText(URL)).toBeVisible();
    expect(within(active).getByText('ERP da agência')).toBeVisible();
    expect(within(active).getByText('Ativo')).toBeVisible();
    const events = within(active).getByRole('list', { name: `Eventos de ${URL}` });
    expect(within(events).getByText('Lead criado')).toBeVisible();
    expect(within(events).getByText('Lead mudou de etapa')).toBeVisible();
    expect(within(disabled).getByText('Desativado')).toBeVisible();
    expect(
      within(disabled).getByText('Motivo: as entregas falharam por cerca de 24 horas.'),
    ).toBeVisible();
    expect(within(disabled).getByText('Nova comunicação')).toBeVisible();
  });

  it('says there are no webhooks yet', async () => {
    stubApi({ [LIST]: page([]) });

    renderWithProviders(<WebhookEndpointsCard />);

    expect(await screen.findByRole('heading', { name: 'Nenhum webhook' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Novo webhook' })).toBeVisible();
  });

  it('creates a webhook and shows its signing secret once, to copy', async () => {
    const created: CreatedWebhookEndpointResponse = {
      ...makeEndpoint({ events: ['lead.created'], description: null }),
      secret: SECRET,
    };
    const api = stubApi({ [LIST]: page([]), [CREATE]: { status: 201, body: created } });
    const user = userEvent.setup();
    renderWithProviders(<WebhookEndpointsCard />);

    await user.click(await screen.findByRole('button', { name: 'Novo webhook' }));
    const form = await screen.findByRole('dialog', { name: 'Novo webhook' });
    await user.type(within(form).getByLabelText('URL'), URL);
    await user.click(within(form).getByRole('checkbox', { name: 'Lead criado' }));
    await user.click(within(form).getByRole('button', { name: 'Criar webhook' }));

    const reveal = await screen.findByRole('dialog', { name: 'Webhook criado' });
    expect(within(reveal).getByLabelText('Segredo de assinatura')).toHaveValue(SECRET);
    expect(within(reveal).getByText(/não será mostrado de novo/)).toBeVisible();
    await user.click(within(reveal).getByRole('button', { name: 'Copiar' }));
    expect(await within(reveal).findByRole('button', { name: 'Copiado' })).toBeVisible();
    await expect(navigator.clipboard.readText()).resolves.toBe(SECRET);
    expect(api.requestsTo(CREATE)[0]?.body).toEqual({
      url: URL,
      events: ['lead.created'],
      description: null,
    });

    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByText(URL)).toBeVisible();
    expect(document.body).not.toHaveTextContent(SECRET);
  });

  it('puts the refusal of a private address under the URL field', async () => {
    stubApi({
      [LIST]: page([]),
      [CREATE]: {
        status: 422,
        body: {
          type: 'about:blank',
          title: 'Unprocessable',
          status: 422,
          detail: 'The URL points at a private, loopback or otherwise non-public address.',
          code: 'WEBHOOK_URL_NOT_ALLOWED',
          errors: [{ field: 'url', code: 'invalid', message: 'private address' }],
        },
      },
    });
    const user = userEvent.setup();
    renderWithProviders(<WebhookEndpointsCard />);

    await user.click(await screen.findByRole('button', { name: 'Novo webhook' }));
    const form = await screen.findByRole('dialog', { name: 'Novo webhook' });
    await user.type(within(form).getByLabelText('URL'), 'http://10.0.0.1/hook');
    await user.click(within(form).getByRole('checkbox', { name: 'Lead excluído' }));
    await user.click(within(form).getByRole('button', { name: 'Criar webhook' }));

    const url = within(form).getByLabelText('URL');
    await waitFor(() => expect(url).toHaveAttribute('aria-invalid', 'true'));
    expect(url).toHaveAccessibleDescription(
      expect.stringContaining('Esta URL não pode receber webhooks'),
    );
    expect(url).toHaveFocus();
    expect(screen.queryByRole('dialog', { name: 'Webhook criado' })).not.toBeInTheDocument();
  });

  it('re-enables a disabled endpoint from the edit dialog, sending only that change', async () => {
    const api = stubApi({
      [LIST]: page([makeEndpoint({ enabled: false, disabled_reason: 'Paused by an admin.' })]),
      [UPDATE]: { body: makeEndpoint() },
    });
    const user = userEvent.setup();
    renderWithProviders(<WebhookEndpointsCard />);

    await user.click(await screen.findByRole('button', { name: `Editar o webhook ${URL}` }));
    const dialog = await screen.findByRole('dialog', { name: 'Editar webhook' });
    const toggle = within(dialog).getByRole('switch', { name: 'Ativo' });
    expect(toggle).not.toBeChecked();
    await user.click(toggle);
    await user.click(within(dialog).getByRole('button', { name: 'Salvar' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(api.requestsTo(UPDATE)[0]?.body).toEqual({ enabled: true });
    expect(await screen.findByText('Ativo')).toBeVisible();
  });

  it('deletes an endpoint only after confirming', async () => {
    const api = stubApi({ [LIST]: page([makeEndpoint()]), [DELETE]: { status: 204 } });
    const user = userEvent.setup();
    renderWithProviders(<WebhookEndpointsCard />);

    await user.click(await screen.findByRole('button', { name: `Excluir o webhook ${URL}` }));
    const confirm = await screen.findByRole('dialog', { name: 'Excluir o webhook?' });
    expect(api.requestsTo(DELETE)).toHaveLength(0);
    await user.click(within(confirm).getByRole('button', { name: 'Excluir webhook' }));

    expect(await screen.findByRole('heading', { name: 'Nenhum webhook' })).toBeVisible();
    expect(api.requestsTo(DELETE)[0]?.path).toBe(`/webhook-endpoints/${ENDPOINT_ID}`);
  });

  it('shows the delivery log and sends a failed delivery again', async () => {
    const failed = makeDelivery({
      id: '00000000-0000-4000-8000-0000000e0002',
      event_type: 'lead.moved',
      status: 'failed',
      attempts: 8,
      response_status: 500,
      duration_ms: 1200,
      error: 'HTTP 500 Internal Server Error',
      delivered_at: null,
    });
    const api = stubApi({
      [LIST]: page([makeEndpoint()]),
      [DELIVERIES]: ({ params }) =>
        params.cursor === 'page-2'
          ? page([makeDelivery({ id: '00000000-0000-4000-8000-0000000e0003' })])
          : page([failed, makeDelivery()], 'page-2'),
      [RETRY]: {
        status: 202,
        body: { ...failed, status: 'succeeded', attempts: 9, response_status: 200, error: null },
      },
    });
    const user = userEvent.setup();
    renderWithProviders(<WebhookEndpointsCard />);

    const toggle = await screen.findByRole('button', { name: `Entregas de ${URL}` });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');

    const log = await screen.findByRole('region', { name: `Entregas de ${URL}` });
    const rows = await within(log).findAllByRole('listitem');
    expect(rows).toHaveLength(2);
    const [failedRow, succeededRow] = rows as [HTMLElement, HTMLElement];
    expect(within(failedRow).getByText('Lead mudou de etapa')).toBeVisible();
    expect(within(failedRow).getByText('Falhou')).toBeVisible();
    expect(within(failedRow).getByText('HTTP 500')).toBeVisible();
    expect(within(failedRow).getByText('1200 ms')).toBeVisible();
    expect(within(failedRow).getByText('8 tentativas')).toBeVisible();
    expect(within(failedRow).getByText('HTTP 500 Internal Server Error')).toBeVisible();
    expect(within(succeededRow).getByText('Entregue')).toBeVisible();
    expect(within(succeededRow).getByText('87 ms')).toBeVisible();
    expect(within(succeededRow).getByText('1 tentativa')).toBeVisible();
    expect(within(succeededRow).queryByRole('button')).not.toBeInTheDocument();

    await user.click(within(failedRow).getByRole('button', { name: /^Tentar de novo/ }));

    await waitFor(() => expect(api.requestsTo(RETRY)).toHaveLength(1));
    expect(api.requestsTo(RETRY)[0]?.path).toBe(
      `/webhook-endpoints/${ENDPOINT_ID}/deliveries/${failed.id}/retry`,
    );
    expect(await within(failedRow).findByText('Entregue')).toBeVisible();

    await user.click(within(log).getByRole('button', { name: 'Carregar mais' }));
    await waitFor(() => expect(within(log).getAllByRole('listitem')).toHaveLength(3));
    expect(api.requestsTo(DELIVERIES).at(-1)?.params).toMatchObject({ cursor: 'page-2' });
  });

  it('sends a test event and opens the log with its delivery', async () => {
    const test = makeDelivery({
      id: '00000000-0000-4000-8000-0000000e0009',
      event_type: 'webhook.test',
      status: 'succeeded',
    });
    const api = stubApi({
      [LIST]: page([makeEndpoint()]),
      [TEST]: { status: 202, body: { ...test, status: 'pending', response_status: null } },
      [DELIVERIES]: page([test]),
    });
    const user = userEvent.setup();
    renderWithProviders(<WebhookEndpointsCard />);

    await user.click(await screen.findByRole('button', { name: `Enviar teste para ${URL}` }));

    const log = await screen.findByRole('region', { name: `Entregas de ${URL}` });
    expect(await within(log).findByText('Teste')).toBeVisible();
    expect(await within(log).findByText('Entregue')).toBeVisible();
    expect(api.requestsTo(TEST)[0]?.path).toBe(`/webhook-endpoints/${ENDPOINT_ID}/test`);
  });
});
