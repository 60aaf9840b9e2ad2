import type { ActivityResponse, MyDayResponse, UpdateActivityRequest } from '@loved/shared';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Toaster } from '@/components/toaster';
import { MyDayAgenda } from '@/features/activities/components/my-day-agenda';
import { makeActivity } from '@/testing/activity-factory';
import { renderWithProviders } from '@/testing/render-with-providers';
import { signInForTest, TEST_USER } from '@/testing/session';
import { stubApi, type StubApi } from '@/testing/stub-api';

const PADARIA = { id: '00000000-0000-4000-8000-00000000c001', name: 'Padaria Pão Quente' };
const OFICINA = { id: '00000000-0000-4000-8000-00000000c002', name: 'Oficina do Zé' };

/** A server that answers "Minha agenda" from its own activities, as the API groups them. */
function stubMyDay(activities: ActivityResponse[], options: { failPatch?: boolean } = {}): StubApi {
  const byId = new Map(activities.map((activity) => [activity.id, activity]));
  const day = (activity: ActivityResponse): string => activity.due_at.slice(0, 10);
  return stubApi({
    'GET /activities/my-day': () => {
      const all = [...byId.values()];
      const body: MyDayResponse = {
        time_zone: 'America/Sao_Paulo',
        date: '2026-12-04',
        overdue: all.filter((a) => !a.done && day(a) < '2026-12-04'),
        today: all.filter((a) => day(a) === '2026-12-04'),
        upcoming: all.filter((a) => !a.done && day(a) > '2026-12-04'),
      };
      return { body };
    },
    'PATCH /activities/:id': (request) => {
      if (options.failPatch) {
        return {
          status: 404,
          body: {
            type: 'about:blank',
            title: 'Not Found',
            status: 404,
            detail: 'x',
            code: 'ACTIVITY_NOT_FOUND',
          },
        };
      }
      const id = request.path.split('/').at(-1) ?? '';
      const current = byId.get(id);
      if (!current) return { status: 404 };
      const { done } = request.body as UpdateActivityRequest;
      const saved = {
        ...current,
        done: done ?? current.done,
        done_at: done ? '2026-12-04T15:00:00.000Z' : null,
      };
      byId.set(id, saved);
      return { body: saved };
    },
  });
}

const late = makeActivity({
  subject: 'Ligar sobre o orçamento',
  type: 'call',
  lead: PADARIA,
  lead_id: PADARIA.id,
  due_at: '2026-12-03T13:00:00.000Z',
});
const proposal = makeActivity({
  subject: 'Enviar proposta',
  type: 'email',
  lead: OFICINA,
  lead_id: OFICINA.id,
  due_at: '2026-12-04T13:00:00.000Z',
});
const meeting = makeActivity({
  subject: 'Reunião de alinhamento',
  type: 'meeting',
  lead: PADARIA,
  lead_id: PADARIA.id,
  due_at: '2026-12-04T17:30:00.000Z',
  done: true,
  done_at: '2026-12-04T18:00:00.000Z',
});

function renderAgenda(onChanged = vi.fn()): void {
  renderWithProviders(
    <MemoryRouter>
      <MyDayAgenda assignees={[]} currentUserId={TEST_USER.id} onChanged={onChanged} />
      <Toaster />
    </MemoryRouter>,
  );
}

function section(name: string): HTMLElement {
  return screen.getByRole('region', { name: new RegExp(`^${name}`) });
}

describe('MyDayAgenda', () => {
  beforeEach(() => {
    signInForTest();
    // Noon in São Paulo on the agenda's day; only the clock is faked, timers stay real.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-04T15:00:00.000Z'));
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows a skeleton while loading', () => {
    stubApi({});
    renderAgenda();

    expect(screen.getByRole('status', { name: 'Carregando a sua agenda…' })).toBeInTheDocument();
  });

  it('groups the day into late, today and upcoming, in the organisation clock', async () => {
    stubMyDay([late, proposal, meeting]);
    renderAgenda();

    expect(await screen.findByRole('region', { name: 'Atrasadas 1 a fazer' })).toBeVisible();
    expect(section('Hoje')).toHaveAccessibleName('Hoje 1 a fazer');
    expect(section('Próximas')).toHaveAccessibleName('Próximas 0 a fazer');
    expect(screen.getByText(/Hoje é sexta-feira, 4 de dezembro/)).toBeVisible();

    const lateItem = within(section('Atrasadas')).getByRole('listitem');
    expect(lateItem).toHaveTextContent('Ligar sobre o orçamento');
    expect(within(lateItem).getByRole('img', { name: 'Ligação' })).toBeInTheDocument();
    expect(within(lateItem).getByText('quinta, 3 dez, 10:00')).toHaveClass('text-destructive');
    expect(within(lateItem).getByRole('link', { name: 'Padaria Pão Quente' })).toHaveAttribute(
      'href',
      `/leads/${PADARIA.id}`,
    );

    const today = within(section('Hoje')).getAllByRole('listitem');
    expect(today.map((item) => item.textContent)).toEqual([
      expect.stringContaining('10:00Enviar proposta'),
      expect.stringContaining('14:30Reunião de alinhamento'),
    ]);
    // Today's done ones stay, ticked and struck through.
    expect(within(today[1] as HTMLElement).getByRole('checkbox')).toBeChecked();
    expect(within(today[1] as HTMLElement).getByText('Reunião de alinhamento')).toHaveClass(
      'line-through',
    );
    expect(
      within(section('Próximas')).getByText('Nada agendado para os próximos dias.'),
    ).toBeVisible();
  });

  it('says so when there is nothing for today', async () => {
    stubMyDay([]);
    renderAgenda();

    expect(await screen.findByText('Nada para hoje.')).toBeVisible();
    expect(within(section('Atrasadas')).getByText('Nada atrasado. Tudo em dia!')).toBeVisible();
  });

  it('completes an activity in one click and keeps it on screen to undo', async () => {
    const api = stubMyDay([late, proposal]);
    const onChanged = vi.fn();
    const user = userEvent.setup();
    renderAgenda(onChanged);
    const box = await screen.findByRole('checkbox', {
      name: 'Concluída: Ligar sobre o orçamento',
    });

    await user.click(box);

    // At once, before the server answers.
    expect(box).toBeChecked();
    await waitFor(() => expect(onChanged).toHaveBeenCalledTimes(1));
    expect(api.requestsTo('PATCH /activities/:id')[0]).toMatchObject({
      path: `/activities/${late.id}`,
      body: { done: true },
    });
    // The reloaded agenda no longer lists it as late; it stays where it was, struck through.
    await waitFor(() => expect(api.requestsTo('GET /activities/my-day')).toHaveLength(2));
    const kept = screen.getByRole('checkbox', { name: 'Concluída: Ligar sobre o orçamento' });
    expect(kept).toBeChecked();
    expect(section('Atrasadas')).toHaveAccessibleName('Atrasadas 0 a fazer');

    await user.click(kept);

    await waitFor(() => expect(api.requestsTo('PATCH /activities/:id')).toHaveLength(2));
    expect(api.requestsTo('PATCH /activities/:id')[1]?.body).toEqual({ done: false });
    await waitFor(() =>
      expect(
        screen.getByRole('checkbox', { name: 'Concluída: Ligar sobre o orçamento' }),
      ).not.toBeChecked(),
    );
    expect(section('Atrasadas')).toHaveAccessibleName('Atrasadas 1 a fazer');
  });

  it('puts the box back and says why when the server refuses', async () => {
    stubMyDay([proposal], { failPatch: true });
    const user = userEvent.setup();
    renderAgenda();
    const box = await screen.findByRole('checkbox', { name: 'Concluída: Enviar proposta' });

    await user.click(box);

    expect(await screen.findByText('Não foi possível atualizar a atividade')).toBeVisible();
    expect(screen.getByRole('checkbox', { name: 'Concluída: Enviar proposta' })).not.toBeChecked();
  });
});
