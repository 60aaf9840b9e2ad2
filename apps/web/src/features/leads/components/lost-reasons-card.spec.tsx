import type { LostReason } from '@loved/shared';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { Toaster } from '@/components/toaster';
import { LostReasonsCard } from '@/features/leads/components/lost-reasons-card';
import { renderWithProviders } from '@/testing/render-with-providers';
import { signInForTest } from '@/testing/session';
import { stubApi, type StubApi } from '@/testing/stub-api';

describe('LostReasonsCard', () => {
  let reasons: LostReason[];
  let api: StubApi;

  beforeEach(() => {
    signInForTest({ role: 'manager' });
    reasons = [
      { id: 'r1', label: 'Preço', position: 0 },
      { id: 'r2', label: 'Sem resposta', position: 1 },
      { id: 'r3', label: 'Outro', position: 2 },
    ];
    api = stubApi({
      'GET /lost-reasons': () => ({
        body: { items: [...reasons].sort((a, b) => a.position - b.position), next_cursor: null },
      }),
      'POST /lost-reasons': ({ body }) => {
        const { label } = body as { label: string };
        if (reasons.some((reason) => reason.label === label)) {
          return {
            status: 409,
            body: {
              type: 'about:blank',
              title: 'Conflict',
              status: 409,
              code: 'LOST_REASON_EXISTS',
            },
          };
        }
        const created = { id: `r${reasons.length + 1}`, label, position: reasons.length };
        reasons.push(created);
        return { status: 201, body: created };
      },
      'PATCH /lost-reasons/:id': ({ path, body }) => {
        const reason = reasons.find((candidate) => path.endsWith(candidate.id));
        if (!reason) return { status: 404 };
        Object.assign(reason, body);
        return { body: reason };
      },
      'DELETE /lost-reasons/:id': ({ path }) => {
        reasons = reasons.filter((reason) => !path.endsWith(reason.id));
        return { status: 204 };
      },
    });
  });

  function renderCard(canEdit = true): void {
    renderWithProviders(
      <>
        <LostReasonsCard canEdit={canEdit} />
        <Toaster />
      </>,
    );
  }

  async function labels(): Promise<string[]> {
    const list = await screen.findByRole('list', { name: 'Motivos de perda' });
    return within(list)
      .getAllByRole('listitem')
      .map((item) => item.textContent ?? '');
  }

  it("lists the organisation's reasons in order", async () => {
    renderCard();

    expect(await labels()).toEqual(['Preço', 'Sem resposta', 'Outro']);
  });

  it('adds a reason at the end, and says when it exists already', async () => {
    const user = userEvent.setup();
    renderCard();
    await labels();

    await user.type(screen.getByRole('textbox', { name: 'Novo motivo' }), 'Prazo');
    await user.click(screen.getByRole('button', { name: 'Adicionar' }));
    await waitFor(async () =>
      expect(await labels()).toEqual(['Preço', 'Sem resposta', 'Outro', 'Prazo']),
    );

    await user.type(screen.getByRole('textbox', { name: 'Novo motivo' }), 'Preço');
    await user.click(screen.getByRole('button', { name: 'Adicionar' }));
    expect(await screen.findByText('Este motivo de perda já existe.')).toBeVisible();
  });

  it('renames, moves and removes a reason', async () => {
    const user = userEvent.setup();
    renderCard();
    await labels();

    await user.click(screen.getByRole('button', { name: 'Renomear Sem resposta' }));
    const input = screen.getByRole('textbox', { name: 'Nome do motivo Sem resposta' });
    await user.clear(input);
    await user.type(input, 'Parou de responder{Enter}');
    await waitFor(async () =>
      expect(await labels()).toEqual(['Preço', 'Parou de responder', 'Outro']),
    );

    await user.click(screen.getByRole('button', { name: 'Subir Parou de responder' }));
    await waitFor(async () =>
      expect(await labels()).toEqual(['Parou de responder', 'Preço', 'Outro']),
    );

    await user.click(screen.getByRole('button', { name: 'Remover Preço' }));
    await waitFor(async () => expect(await labels()).toEqual(['Parou de responder', 'Outro']));
    expect(api.requestsTo('DELETE /lost-reasons/:id')).toHaveLength(1);
  });

  it('only lists the reasons to someone who cannot edit them', async () => {
    renderCard(false);
    await labels();

    expect(screen.queryByRole('button', { name: 'Remover Preço' })).toBeNull();
    expect(screen.queryByRole('textbox', { name: 'Novo motivo' })).toBeNull();
  });
});
