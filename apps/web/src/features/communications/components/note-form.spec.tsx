import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { NoteForm } from '@/features/communications/components/note-form';
import { makeCommunication } from '@/testing/communication-factory';
import { renderWithProviders } from '@/testing/render-with-providers';
import { signInForTest, TEST_USER } from '@/testing/session';
import { stubApi, type StubApi } from '@/testing/stub-api';

const team = [
  { id: TEST_USER.id, name: TEST_USER.name },
  { id: 'u-mariana', name: 'Mariana Lima' },
  { id: 'u-mario', name: 'Mário Souza' },
  { id: 'u-jose', name: 'José Almeida' },
];

function renderForm(): { api: StubApi; note: HTMLElement } {
  const api = stubApi({
    'POST /leads/:id/notes': { status: 201, body: makeCommunication({ channel: 'note' }) },
  });
  renderWithProviders(<NoteForm leadId="lead-1" mentionCandidates={team} />);
  return { api, note: screen.getByRole('combobox', { name: 'Nota interna' }) };
}

describe('NoteForm mentions', () => {
  beforeEach(() => {
    signInForTest();
  });

  it('opens the team on "@", filtered as one types, without oneself', async () => {
    const user = userEvent.setup();
    const { note } = renderForm();

    await user.type(note, 'Falar com @');
    const list = screen.getByRole('listbox', { name: 'Membros da equipe para mencionar' });
    expect(
      within(list)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Mariana Lima', 'Mário Souza', 'José Almeida']);
    expect(note).toHaveAttribute('aria-expanded', 'true');

    await user.type(note, 'mar');
    expect(
      within(list)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Mariana Lima', 'Mário Souza']);
  });

  it('picks with the arrows and Enter, and sends the id of who was mentioned', async () => {
    const user = userEvent.setup();
    const { api, note } = renderForm();

    await user.type(note, 'Falar com @mar');
    expect(screen.getByRole('option', { name: 'Mariana Lima' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await user.keyboard('{ArrowDown}');
    expect(note).toHaveAttribute(
      'aria-activedescendant',
      screen.getByRole('option', { name: 'Mário Souza' }).id,
    );
    await user.keyboard('{Enter}');

    expect(note).toHaveValue('Falar com @Mário Souza ');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    await user.type(note, 'sobre a proposta');
    await user.click(screen.getByRole('button', { name: 'Adicionar nota' }));

    await waitFor(() => expect(note).toHaveValue(''));
    expect(api.requestsTo('POST /leads/:id/notes').map((request) => request.body)).toEqual([
      { content: 'Falar com @Mário Souza sobre a proposta', mentions: ['u-mario'] },
    ]);
  });

  it('picks with Tab too, wrapping from the first option up to the last', async () => {
    const user = userEvent.setup();
    const { note } = renderForm();

    await user.type(note, '@');
    await user.keyboard('{ArrowUp}{Tab}');

    expect(note).toHaveValue('@José Almeida ');
    expect(note).toHaveFocus();
  });

  it('closes the list with Esc and keeps the text as typed', async () => {
    const user = userEvent.setup();
    const { note } = renderForm();

    await user.type(note, 'Oi @ma');
    await user.keyboard('{Escape}');

    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    expect(note).toHaveAttribute('aria-expanded', 'false');
    expect(note).toHaveValue('Oi @ma');
  });

  it('does not send a mention whose "@Nome" was erased from the text', async () => {
    const user = userEvent.setup();
    const { api, note } = renderForm();

    await user.type(note, '@Jos');
    await user.keyboard('{Enter}');
    await user.clear(note);
    await user.type(note, 'Sem menção');
    await user.click(screen.getByRole('button', { name: 'Adicionar nota' }));

    await waitFor(() => expect(note).toHaveValue(''));
    expect(api.requestsTo('POST /leads/:id/notes').map((request) => request.body)).toEqual([
      { content: 'Sem menção' },
    ]);
  });
});
