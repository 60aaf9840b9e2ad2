import type { CreateActivityRequest, UpdateActivityRequest } from '@loved/shared';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { Toaster } from '@/components/toaster';
import { ActivityFormDialog } from '@/features/activities/components/activity-form-dialog';
import { makeActivity } from '@/testing/activity-factory';
import { renderWithProviders } from '@/testing/render-with-providers';
import { signInForTest, TEST_USER } from '@/testing/session';
import { stubApi, type StubApi, type StubReply } from '@/testing/stub-api';

const LEAD_ID = '00000000-0000-4000-8000-00000000c001';
const BRUNO = { id: '00000000-0000-4000-8000-00000000a002', name: 'Bruno Lima' };
const ASSIGNEES = [{ id: TEST_USER.id, name: TEST_USER.name }, BRUNO];

function stubCreate(reply?: StubReply): StubApi {
  return stubApi({
    'POST /activities': (request) =>
      reply ?? {
        status: 201,
        body: makeActivity({ ...(request.body as CreateActivityRequest), lead_id: LEAD_ID }),
      },
    'PATCH /activities/:id': (request) => ({
      body: makeActivity({ ...(request.body as UpdateActivityRequest) }),
    }),
  });
}

describe('ActivityFormDialog', () => {
  const onOpenChange = vi.fn();
  const onSaved = vi.fn();

  beforeEach(() => {
    signInForTest();
    onOpenChange.mockReset();
    onSaved.mockReset();
  });

  function renderDialog(
    props: Partial<React.ComponentProps<typeof ActivityFormDialog>> = {},
    title = 'Agendar atividade',
  ): HTMLElement {
    renderWithProviders(
      <>
        <ActivityFormDialog
          open
          onOpenChange={onOpenChange}
          leadId={LEAD_ID}
          leadName="Padaria Pão Quente"
          timeZone="America/Sao_Paulo"
          assignees={ASSIGNEES}
          currentUserId={TEST_USER.id}
          onSaved={onSaved}
          {...props}
        />
        <Toaster />
      </>,
    );
    return screen.getByRole('dialog', { name: title });
  }

  async function fillWhen(user: UserEvent, dialog: HTMLElement, date: string, time: string) {
    const dateInput = within(dialog).getByLabelText('Data');
    await user.clear(dateInput);
    await user.type(dateInput, date);
    const timeInput = within(dialog).getByLabelText('Hora');
    await user.clear(timeInput);
    await user.type(timeInput, time);
  }

  it('closes with Escape, keyboard first', async () => {
    stubCreate();
    const user = userEvent.setup();
    const dialog = renderDialog();

    await waitFor(() => expect(dialog).toContainElement(document.activeElement as HTMLElement));
    await user.keyboard('{Escape}');

    await waitFor(() => expect(onOpenChange).toHaveBeenCalledWith(false));
  });

  it('sends 10:00 in São Paulo as 13:00 UTC', async () => {
    const api = stubCreate();
    const user = userEvent.setup();
    const dialog = renderDialog();

    await user.click(within(dialog).getByRole('radio', { name: 'Reunião' }));
    await user.type(within(dialog).getByLabelText('Assunto'), 'Apresentar a proposta');
    await fillWhen(user, dialog, '2026-12-04', '10:00');
    await user.selectOptions(within(dialog).getByLabelText('Duração'), '30 min');
    await user.selectOptions(within(dialog).getByLabelText('Responsável'), 'Bruno Lima');
    await user.click(within(dialog).getByRole('button', { name: 'Agendar' }));

    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(api.requestsTo('POST /activities')[0]?.body).toEqual({
      lead_id: LEAD_ID,
      type: 'meeting',
      subject: 'Apresentar a proposta',
      due_at: '2026-12-04T13:00:00.000Z',
      duration_minutes: 30,
      assigned_user_id: BRUNO.id,
      notes: null,
    });
    expect(onOpenChange).toHaveBeenCalledWith(false);
    expect(await screen.findByText('Atividade agendada')).toBeVisible();
  });

  it('reads the time in the organisation zone, not the browser one', async () => {
    const api = stubCreate();
    const user = userEvent.setup();
    const dialog = renderDialog({ timeZone: 'Asia/Tokyo' });

    expect(within(dialog).getByText('Horário de Asia/Tokyo')).toBeVisible();
    await user.type(within(dialog).getByLabelText('Assunto'), 'Ligar');
    await fillWhen(user, dialog, '2026-12-04', '10:00');
    await user.click(within(dialog).getByRole('button', { name: 'Agendar' }));

    await waitFor(() => expect(api.requestsTo('POST /activities')).toHaveLength(1));
    expect(api.requestsTo('POST /activities')[0]?.body).toMatchObject({
      due_at: '2026-12-04T01:00:00.000Z',
      assigned_user_id: TEST_USER.id,
    });
  });

  it('starts from the preset: a call tomorrow at 10:00', () => {
    const dialog = renderDialog({ preset: { type: 'call', subject: 'Retornar a ligação' } });

    expect(within(dialog).getByRole('radio', { name: 'Ligação' })).toBeChecked();
    expect(within(dialog).getByLabelText('Assunto')).toHaveValue('Retornar a ligação');
    expect(within(dialog).getByLabelText('Hora')).toHaveValue('10:00');
  });

  it('says what is missing before sending anything', async () => {
    const api = stubCreate();
    const user = userEvent.setup();
    const dialog = renderDialog();

    await user.clear(within(dialog).getByLabelText('Data'));
    await user.click(within(dialog).getByRole('button', { name: 'Agendar' }));

    const subject = within(dialog).getByLabelText('Assunto');
    expect(subject).toHaveAccessibleDescription('Preencha este campo.');
    expect(subject).toHaveFocus();
    expect(within(dialog).getByLabelText('Data')).toHaveAccessibleDescription(
      'Informe uma data válida.',
    );
    expect(api.requests).toHaveLength(0);
  });

  it("shows the API's field errors on their fields", async () => {
    stubCreate({
      status: 400,
      body: {
        type: 'about:blank',
        title: 'Bad Request',
        status: 400,
        detail: 'The assignee must be a current member of the organisation.',
        code: 'ACTIVITY_ASSIGNEE_NOT_MEMBER',
        errors: [
          {
            field: 'assigned_user_id',
            code: 'assigneeNotMember',
            message: 'The assignee must be a current member of the organisation.',
          },
          { field: 'due_at', code: 'isDateTime', message: 'due_at must be a date' },
        ],
      },
    });
    const user = userEvent.setup();
    const dialog = renderDialog();

    await user.type(within(dialog).getByLabelText('Assunto'), 'Ligar');
    await user.click(within(dialog).getByRole('button', { name: 'Agendar' }));

    expect(await within(dialog).findByText('Revise os campos destacados.')).toBeVisible();
    expect(within(dialog).getByLabelText('Responsável')).toHaveAccessibleDescription(
      'O responsável escolhido não faz parte da organização.',
    );
    expect(within(dialog).getByLabelText('Data')).toHaveAccessibleDescription(
      'Informe uma data e hora válidas.',
    );
    expect(onOpenChange).not.toHaveBeenCalled();
  });

  it('edits an activity, showing its time in the organisation zone', async () => {
    const activity = makeActivity({
      subject: 'Ligar amanhã',
      due_at: '2026-12-05T13:00:00.000Z',
      duration_minutes: 25,
    });
    const api = stubCreate();
    const user = userEvent.setup();
    const dialog = renderDialog({ activity }, 'Editar atividade');

    expect(within(dialog).getByLabelText('Data')).toHaveValue('2026-12-05');
    expect(within(dialog).getByLabelText('Hora')).toHaveValue('10:00');
    expect(within(dialog).getByLabelText('Duração')).toHaveDisplayValue('25 min');
    const time = within(dialog).getByLabelText('Hora');
    await user.clear(time);
    await user.type(time, '15:30');
    await user.click(within(dialog).getByRole('button', { name: 'Salvar' }));

    await waitFor(() => expect(api.requestsTo('PATCH /activities/:id')).toHaveLength(1));
    expect(api.requestsTo('PATCH /activities/:id')[0]).toMatchObject({
      path: `/activities/${activity.id}`,
      body: { due_at: '2026-12-05T18:30:00.000Z', duration_minutes: 25 },
    });
  });
});
