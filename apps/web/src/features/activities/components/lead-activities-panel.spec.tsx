import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LeadActivitiesPanel } from '@/features/activities/components/lead-activities-panel';
import { makeActivity } from '@/testing/activity-factory';
import { renderWithProviders } from '@/testing/render-with-providers';
import { signInForTest, TEST_USER } from '@/testing/session';
import { stubApi } from '@/testing/stub-api';

const LEAD_ID = '00000000-0000-4000-8000-00000000c001';

const later = makeActivity({
  subject: 'Enviar contrato',
  type: 'email',
  due_at: '2026-12-09T17:00:00.000Z',
});
const late = makeActivity({
  subject: 'Ligar de volta',
  type: 'call',
  due_at: '2026-12-03T13:00:00.000Z',
});
const finished = makeActivity({
  subject: 'Primeira reunião',
  type: 'meeting',
  due_at: '2026-12-01T13:00:00.000Z',
  done: true,
  done_at: '2026-12-01T14:00:00.000Z',
});

function renderPanel(onChanged = vi.fn()): HTMLElement {
  renderWithProviders(
    <LeadActivitiesPanel
      leadId={LEAD_ID}
      leadName="Padaria Pão Quente"
      timeZone="America/Sao_Paulo"
      assignees={[{ id: TEST_USER.id, name: TEST_USER.name }]}
      currentUserId={TEST_USER.id}
      onChanged={onChanged}
    />,
  );
  return screen.getByRole('region', { name: 'Atividades' });
}

describe('LeadActivitiesPanel', () => {
  beforeEach(() => {
    signInForTest();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-04T15:00:00.000Z'));
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('lists the open activities by due time, the late one in red, and folds the done ones', async () => {
    const api = stubApi({
      'GET /activities': { body: { items: [finished, later, late], next_cursor: null } },
    });
    const user = userEvent.setup();
    const panel = renderPanel();

    const open = await within(panel).findByRole('list', { name: 'Atividades abertas' });
    const items = within(open).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      expect.stringContaining('Ligar de volta'),
      expect.stringContaining('Enviar contrato'),
    ]);
    expect(within(items[0] as HTMLElement).getByText(/Atrasada/)).toHaveClass('text-destructive');
    expect(within(items[1] as HTMLElement).getByText(/quarta, 9 dez, 14:00/)).not.toHaveClass(
      'text-destructive',
    );
    expect(api.requestsTo('GET /activities')[0]?.params).toMatchObject({ lead_id: LEAD_ID });

    const folded = within(panel).getByRole('button', { name: 'Concluídas (1)' });
    expect(folded).toHaveAttribute('aria-expanded', 'false');
    expect(within(panel).queryByText('Primeira reunião')).not.toBeVisible();
    await user.click(folded);
    expect(within(panel).getByText('Primeira reunião')).toBeVisible();
  });

  it('completes one with a click and moves it under the done ones', async () => {
    let current = late;
    const api = stubApi({
      'GET /activities': () => ({ body: { items: [current], next_cursor: null } }),
      'PATCH /activities/:id': () => {
        current = { ...late, done: true, done_at: '2026-12-04T15:00:00.000Z' };
        return { body: current };
      },
    });
    const onChanged = vi.fn();
    const user = userEvent.setup();
    const panel = renderPanel(onChanged);

    await user.click(
      await within(panel).findByRole('checkbox', { name: 'Concluída: Ligar de volta' }),
    );

    expect(await within(panel).findByRole('button', { name: 'Concluídas (1)' })).toBeVisible();
    expect(
      within(panel).getByText('Nenhuma atividade aberta. Qual é o próximo passo?'),
    ).toBeVisible();
    await waitFor(() =>
      expect(onChanged).toHaveBeenCalledWith(expect.objectContaining({ done: true })),
    );
    expect(api.requestsTo('PATCH /activities/:id')[0]?.body).toEqual({ done: true });
  });

  it('opens the form for this lead with "Agendar atividade"', async () => {
    stubApi({ 'GET /activities': { body: { items: [], next_cursor: null } } });
    const user = userEvent.setup();
    const panel = renderPanel();

    await user.click(within(panel).getByRole('button', { name: 'Agendar atividade' }));

    const dialog = screen.getByRole('dialog', { name: 'Agendar atividade' });
    expect(dialog).toHaveAccessibleDescription('Para Padaria Pão Quente.');
  });

  it('deletes one after asking', async () => {
    let items = [later];
    const api = stubApi({
      'GET /activities': () => ({ body: { items, next_cursor: null } }),
      'DELETE /activities/:id': () => {
        items = [];
        return { status: 204 };
      },
    });
    const user = userEvent.setup();
    const panel = renderPanel();

    await user.click(
      await within(panel).findByRole('button', { name: 'Excluir a atividade Enviar contrato' }),
    );
    const dialog = screen.getByRole('dialog', { name: 'Excluir atividade?' });
    await user.click(within(dialog).getByRole('button', { name: 'Excluir' }));

    await waitFor(() => expect(within(panel).queryByText('Enviar contrato')).toBeNull());
    expect(api.requestsTo('DELETE /activities/:id')[0]?.path).toBe(`/activities/${later.id}`);
  });
});
