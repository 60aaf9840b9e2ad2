import type {
  ActivitiesDoneResponse,
  AnalyticsPeriod,
  FirstResponseResponse,
  FunnelResponse,
  LostReasonsResponse,
  MemberResponse,
  PipelineValueResponse,
  WinRateResponse,
} from '@loved/shared';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '@/testing/render-app';
import { signInForTest, TEST_USER } from '@/testing/session';
import { stubApi, type StubApi, type StubHandler, type StubReply } from '@/testing/stub-api';

// The whole app with a lazy page (and recharts): slow on a busy machine.
const WHOLE_APP_TIMEOUT_MS = 15_000;

const colleague: MemberResponse = {
  user_id: '00000000-0000-4000-8000-00000000a002',
  name: 'Bruno Lima',
  email: 'bruno@agencia.test',
  avatar_url: null,
  role: 'agent',
  joined_at: '2026-01-01T00:00:00.000Z',
};

const period: AnalyticsPeriod = {
  from: '2026-11-05',
  to: '2026-12-04',
  owner_id: null,
  time_zone: 'America/Sao_Paulo',
};

const funnel: FunnelResponse = {
  period,
  stages: [
    { stage: 'lead', reached: 20, conversion_from_previous: null },
    { stage: 'contato', reached: 12, conversion_from_previous: '0.6000' },
    { stage: 'proposta', reached: 6, conversion_from_previous: '0.5000' },
    { stage: 'negociacao', reached: 4, conversion_from_previous: '0.6667' },
    { stage: 'fechado', reached: 3, conversion_from_previous: '0.7500' },
    { stage: 'won', reached: 3, conversion_from_previous: '1.0000' },
  ],
};

const bucket = (count: number, cents: number): PipelineValueResponse['by_stage'][number] => ({
  stage: 'lead',
  count,
  value_cents: cents,
  value: (cents / 100).toFixed(2),
});

const pipelineValue: PipelineValueResponse = {
  period,
  by_stage: [
    { ...bucket(5, 150_000), stage: 'lead' },
    { ...bucket(2, 1_234_567), stage: 'proposta' },
  ],
  by_owner: [
    {
      owner: { id: TEST_USER.id, name: TEST_USER.name },
      count: 4,
      value_cents: 1_000_000,
      value: '10000.00',
    },
    { owner: null, count: 3, value_cents: 384_567, value: '3845.67' },
  ],
};

const winRate: WinRateResponse = {
  period,
  won: { count: 3, value_cents: 1_500_000, value: '15000.00' },
  lost: { count: 4, value_cents: 800_000, value: '8000.00' },
  win_rate: '0.4286',
  average_cycle_days: '12.5',
};

const lostReasons: LostReasonsResponse = {
  period,
  won: 3,
  lost: 4,
  reasons: [
    { reason: 'Preço alto', count: 3, value_cents: 600_000 },
    { reason: 'Sem retorno', count: 1, value_cents: 200_000 },
  ],
};

const activities: ActivitiesDoneResponse = {
  period,
  reps: [
    { user: { id: TEST_USER.id, name: TEST_USER.name }, done: 14, overdue_open: 2 },
    { user: { id: colleague.user_id, name: colleague.name }, done: 9, overdue_open: 0 },
  ],
};

const firstResponse: FirstResponseResponse = {
  period,
  rows: [
    {
      agent: { id: TEST_USER.id, name: TEST_USER.name },
      channel: 'whatsapp',
      replied: 8,
      average_seconds: 7500,
      median_seconds: 45,
    },
    { agent: null, channel: 'email', replied: 1, average_seconds: 90_000, median_seconds: 90_000 },
  ],
  unanswered: 2,
};

type Reports = Record<
  'funnel' | 'pipeline-value' | 'win-rate' | 'lost-reasons' | 'activities' | 'first-response',
  StubHandler | StubReply
>;

const FULL: Reports = {
  funnel: { body: funnel },
  'pipeline-value': { body: pipelineValue },
  'win-rate': { body: winRate },
  'lost-reasons': { body: lostReasons },
  activities: { body: activities },
  'first-response': { body: firstResponse },
};

const EMPTY: Reports = {
  funnel: { body: { period, stages: funnel.stages.map((s) => ({ ...s, reached: 0 })) } },
  'pipeline-value': { body: { period, by_stage: [], by_owner: [] } },
  'win-rate': {
    body: {
      period,
      won: { count: 0, value_cents: 0, value: '0.00' },
      lost: { count: 0, value_cents: 0, value: '0.00' },
      win_rate: null,
      average_cycle_days: null,
    },
  },
  'lost-reasons': { body: { period, won: 0, lost: 0, reasons: [] } },
  activities: { body: { period, reps: [] } },
  'first-response': { body: { period, rows: [], unanswered: 0 } },
};

function stubAnalytics(reports: Partial<Reports> = {}): StubApi {
  const all = { ...FULL, ...reports };
  return stubApi({
    'GET /members': {
      body: {
        items: [
          { ...colleague, user_id: TEST_USER.id, name: TEST_USER.name, role: 'manager' },
          colleague,
        ],
        next_cursor: null,
      },
    },
    ...Object.fromEntries(
      Object.entries(all).map(([report, answer]) => [`GET /analytics/${report}`, answer]),
    ),
  });
}

async function findRegion(name: string): Promise<HTMLElement> {
  return screen.findByRole('region', { name });
}

describe('AnalyticsRoute', () => {
  beforeEach(() => {
    // Only the clock: "today" is fixed, the timers Testing Library waits with stay real.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 11, 4, 10, 0, 0));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it(
    'is reached from the sidebar and asks every report for the last 30 days',
    async () => {
      signInForTest({ role: 'manager' });
      const api = stubAnalytics();
      const user = userEvent.setup();
      renderApp('/pipeline');

      const nav = await screen.findByRole('navigation', { name: 'Navegação principal' });
      await user.click(within(nav).getByRole('link', { name: 'Relatórios' }));

      expect(await screen.findByRole('heading', { level: 1, name: 'Relatórios' })).toBeVisible();
      await findRegion('Funil');
      for (const report of ['funnel', 'win-rate', 'lost-reasons', 'activities', 'first-response']) {
        expect(api.requestsTo(`GET /analytics/${report}`)[0]?.params).toEqual({
          from: '2026-11-05',
          to: '2026-12-04',
        });
      }
      // A snapshot of now: the period is not sent.
      expect(api.requestsTo('GET /analytics/pipeline-value')[0]?.params).toEqual({});
    },
    WHOLE_APP_TIMEOUT_MS,
  );

  it(
    'shows the win rate, the average cycle and the closed totals formatted in pt-BR',
    async () => {
      signInForTest({ role: 'manager' });
      stubAnalytics();
      renderApp('/analytics');

      const tiles = await findRegion('Taxa de ganho e ciclo médio');
      expect(await within(tiles).findByText('42,9 %')).toBeVisible();
      expect(within(tiles).getByText('12,5 dias')).toBeVisible();
      expect(within(tiles).getByText('3 leads')).toBeVisible();
      expect(within(tiles).getByText(/R\$\s15\.000,00/)).toBeVisible();
      expect(within(tiles).getByText('4 leads')).toBeVisible();
      expect(within(tiles).getByText(/R\$\s8\.000,00/)).toBeVisible();
    },
    WHOLE_APP_TIMEOUT_MS,
  );

  it(
    'gives each chart a summary and a table with the same figures',
    async () => {
      signInForTest({ role: 'manager' });
      stubAnalytics();
      renderApp('/analytics');

      const funnelRegion = await findRegion('Funil');
      const table = await within(funnelRegion).findByRole('table', { name: 'Funil' });
      const contato = within(table).getByRole('row', { name: /Contato/ });
      expect(
        within(contato)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      ).toEqual(['12', '60,0 %']);
      expect(within(funnelRegion).getByRole('img')).toHaveAccessibleName(
        expect.stringContaining('Contato: 12 (60,0 %)'),
      );

      const stages = await findRegion('Valor por etapa');
      const proposta = await within(stages).findByRole('row', { name: /Proposta/ });
      expect(proposta).toHaveTextContent(/R\$\s12\.345,67/);
      const owners = await findRegion('Valor por responsável');
      expect(await within(owners).findByRole('row', { name: /Sem responsável/ })).toHaveTextContent(
        /R\$\s3\.845,67/,
      );
      const reasons = await findRegion('Motivos de perda');
      expect(await within(reasons).findByRole('row', { name: /Preço alto/ })).toHaveTextContent(
        /R\$\s6\.000,00/,
      );
      const done = await findRegion('Atividades concluídas por pessoa');
      const bruno = await within(done).findByRole('row', { name: /Bruno Lima/ });
      expect(
        within(bruno)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      ).toEqual(['9', '0']);
    },
    WHOLE_APP_TIMEOUT_MS,
  );

  it(
    'switches a chart to its table and back from the keyboard',
    async () => {
      signInForTest({ role: 'manager' });
      stubAnalytics();
      const user = userEvent.setup();
      renderApp('/analytics');

      const funnelRegion = await findRegion('Funil');
      const toggle = await within(funnelRegion).findByRole('button', { name: 'Ver tabela' });
      toggle.focus();
      await user.keyboard('{Enter}');

      expect(within(funnelRegion).queryByRole('img')).not.toBeInTheDocument();
      expect(within(funnelRegion).getByRole('button', { name: 'Ver gráfico' })).toHaveAttribute(
        'aria-expanded',
        'true',
      );
      expect(
        within(funnelRegion).getByRole('table', { name: 'Funil' }).parentElement,
      ).not.toHaveClass('sr-only');
    },
    WHOLE_APP_TIMEOUT_MS,
  );

  it(
    'shows first response times per person and channel as durations',
    async () => {
      signInForTest({ role: 'manager' });
      stubAnalytics();
      renderApp('/analytics');

      const region = await findRegion('Tempo de primeira resposta');
      const ana = await within(region).findByRole('row', { name: /Ana Souza/ });
      expect(
        within(ana)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      ).toEqual(['WhatsApp', '8', '2 h 5 min', '45 s']);
      const unknown = within(region).getByRole('row', { name: /Autor desconhecido/ });
      expect(unknown).toHaveTextContent('1 d 1 h');
      expect(within(region).getByText('2 conversas ainda sem resposta.')).toBeVisible();
    },
    WHOLE_APP_TIMEOUT_MS,
  );

  it(
    'asks again for the chosen period and keeps it in the URL',
    async () => {
      signInForTest({ role: 'manager' });
      const api = stubAnalytics();
      const user = userEvent.setup();
      const { router } = renderApp('/analytics');

      const period = await screen.findByRole('combobox', { name: 'Período' });
      await user.selectOptions(period, 'Últimos 7 dias');

      expect(router.state.location.search).toBe('?period=7d');
      await waitFor(() =>
        expect(api.requestsTo('GET /analytics/funnel').at(-1)?.params).toEqual({
          from: '2026-11-28',
          to: '2026-12-04',
        }),
      );
      expect(screen.getByLabelText('De')).toHaveValue('2026-11-28');

      await user.selectOptions(period, 'Mês passado');
      expect(router.state.location.search).toBe('?period=last-month');
      await waitFor(() =>
        expect(api.requestsTo('GET /analytics/win-rate').at(-1)?.params).toEqual({
          from: '2026-11-01',
          to: '2026-11-30',
        }),
      );
    },
    WHOLE_APP_TIMEOUT_MS,
  );

  it(
    'turns typed dates into a custom period',
    async () => {
      signInForTest({ role: 'manager' });
      const api = stubAnalytics();
      const { router } = renderApp('/analytics?period=this-month');

      const from = await screen.findByLabelText('De');
      expect(from).toHaveValue('2026-12-01');
      // A date picker sets the whole value at once (jsdom has no picker to type into).
      fireEvent.change(from, { target: { value: '2026-10-15' } });

      expect(router.state.location.search).toBe('?from=2026-10-15&to=2026-12-04');
      expect(screen.getByRole('combobox', { name: 'Período' })).toHaveDisplayValue('Personalizado');
      await waitFor(() =>
        expect(api.requestsTo('GET /analytics/lost-reasons').at(-1)?.params).toEqual({
          from: '2026-10-15',
          to: '2026-12-04',
        }),
      );
    },
    WHOLE_APP_TIMEOUT_MS,
  );

  it(
    'narrows every report to the chosen owner',
    async () => {
      signInForTest({ role: 'manager' });
      const api = stubAnalytics();
      const user = userEvent.setup();
      const { router } = renderApp('/analytics');

      const owner = await screen.findByRole('combobox', { name: 'Responsável' });
      await within(owner).findByRole('option', { name: 'Bruno Lima' });
      // The signed-in user is "Eu", not listed twice.
      expect(within(owner).queryByRole('option', { name: TEST_USER.name })).not.toBeInTheDocument();
      await user.selectOptions(owner, 'Bruno Lima');

      expect(router.state.location.search).toBe(`?owner_id=${colleague.user_id}`);
      await waitFor(() =>
        expect(api.requestsTo('GET /analytics/activities').at(-1)?.params).toEqual({
          from: '2026-11-05',
          to: '2026-12-04',
          owner_id: colleague.user_id,
        }),
      );
      await waitFor(() =>
        expect(api.requestsTo('GET /analytics/pipeline-value').at(-1)?.params).toEqual({
          owner_id: colleague.user_id,
        }),
      );

      await user.selectOptions(owner, 'Eu');
      await waitFor(() =>
        expect(api.requestsTo('GET /analytics/funnel').at(-1)?.params).toMatchObject({
          owner_id: 'me',
        }),
      );
    },
    WHOLE_APP_TIMEOUT_MS,
  );

  it(
    'gives agents no owner filter and never asks for someone else',
    async () => {
      signInForTest({ role: 'agent' });
      const api = stubAnalytics();
      renderApp(`/analytics?owner_id=${colleague.user_id}`);

      expect(await screen.findByText('42,9 %')).toBeVisible();
      expect(screen.getByRole('combobox', { name: 'Período' })).toBeVisible();
      expect(screen.queryByRole('combobox', { name: 'Responsável' })).not.toBeInTheDocument();
      for (const request of api.requests.filter((r) => r.path.startsWith('/analytics/'))) {
        expect(request.params).not.toHaveProperty('owner_id');
      }
    },
    WHOLE_APP_TIMEOUT_MS,
  );

  it(
    'says so when the period has no data',
    async () => {
      signInForTest({ role: 'manager' });
      stubAnalytics(EMPTY);
      renderApp('/analytics');

      for (const name of [
        'Funil',
        'Valor por etapa',
        'Valor por responsável',
        'Taxa de ganho e ciclo médio',
        'Motivos de perda',
        'Atividades concluídas por pessoa',
        'Tempo de primeira resposta',
      ]) {
        const region = await findRegion(name);
        expect(await within(region).findByText('Sem dados no período')).toBeVisible();
      }
    },
    WHOLE_APP_TIMEOUT_MS,
  );

  it(
    'shows a failed report with a retry, while the others still show',
    async () => {
      signInForTest({ role: 'manager' });
      let failures = 1;
      const api = stubAnalytics({
        funnel: () =>
          failures-- > 0
            ? { status: 500, body: { status: 500, title: 'Error' } }
            : { body: funnel },
      });
      const user = userEvent.setup();
      renderApp('/analytics');

      const region = await findRegion('Funil');
      const alert = await within(region).findByRole('alert', {}, { timeout: 10_000 });
      expect(alert).toHaveTextContent('Não foi possível carregar este relatório');
      expect(await screen.findByText('42,9 %')).toBeVisible();

      await user.click(within(region).getByRole('button', { name: 'Tentar novamente' }));

      expect(await within(region).findByRole('table', { name: 'Funil' })).toBeInTheDocument();
      expect(api.requestsTo('GET /analytics/funnel').length).toBeGreaterThanOrEqual(2);
    },
    WHOLE_APP_TIMEOUT_MS,
  );

  it(
    'shows a skeleton while a report loads',
    async () => {
      signInForTest({ role: 'manager' });
      stubAnalytics({ funnel: () => new Promise<StubReply>(() => undefined) });
      renderApp('/analytics');

      const region = await findRegion('Funil');
      expect(within(region).getByRole('status')).toHaveTextContent('Carregando Funil…');
      expect(region).toHaveAttribute('aria-busy', 'true');
    },
    WHOLE_APP_TIMEOUT_MS,
  );
});
