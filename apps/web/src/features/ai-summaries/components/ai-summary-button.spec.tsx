import type { AiSummaryResponse } from '@loved/shared';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { AiSummaryButton } from '@/features/ai-summaries/components/ai-summary-button';
import { receiveAiSummary } from '@/features/ai-summaries/utils/ai-summary-cache';
import { makeAiSummary } from '@/testing/ai-summary-factory';
import { renderWithProviders } from '@/testing/render-with-providers';
import { signInForTest } from '@/testing/session';
import { stubApi, type StubReply } from '@/testing/stub-api';

const LEAD_ID = '00000000-0000-4000-8000-0000000000c1';
const LIST = 'GET /ai-summaries';
const ONE = 'GET /ai-summaries/:id';
const GENERATE = 'POST /leads/:id/ai-summaries';

function page(items: AiSummaryResponse[], nextCursor: string | null = null): StubReply {
  return { body: { items, next_cursor: nextCursor } };
}

function problem(status: number, body: Record<string, unknown>): StubReply {
  return { status, body: { type: 'about:blank', title: 'Error', status, detail: 'x', ...body } };
}

function renderButton(onSummaryFinished = vi.fn()): UserEvent {
  const user = userEvent.setup();
  renderWithProviders(
    <AiSummaryButton
      leadId={LEAD_ID}
      leadName="Padaria Pão Quente"
      hasSummary={false}
      onSummaryFinished={onSummaryFinished}
    />,
  );
  return user;
}

async function openDialog(user: UserEvent): Promise<HTMLElement> {
  await user.click(screen.getByRole('button', { name: 'Resumo IA' }));
  return screen.findByRole('dialog', { name: 'Resumo IA' });
}

describe('AiSummaryButton', () => {
  const done = makeAiSummary({
    lead_id: LEAD_ID,
    summary: 'O cliente pediu um orçamento de site e respondeu rápido.\nQuer lançar em janeiro.',
    sentiment: 'positive',
    next_actions: ['Enviar proposta até sexta', 'Agendar reunião de briefing'],
    confidence_score: 0.873,
    provider: 'openai',
    model: 'gpt-4o-mini',
    covered: {
      first_communication_id: 'c1',
      last_communication_id: 'c14',
      from: '2026-12-01T12:00:00.000Z',
      to: '2026-12-03T12:00:00.000Z',
      communications: 14,
    },
  });

  beforeEach(() => {
    signInForTest();
  });

  it('shows the latest summary: text, sentiment, next actions, confidence, model and period', async () => {
    const api = stubApi({ [LIST]: page([done]) });
    const user = renderButton();

    const dialog = await openDialog(user);

    expect(dialog).toHaveAccessibleDescription(
      'O que foi conversado com Padaria Pão Quente, resumido por IA.',
    );
    expect(await within(dialog).findByText(/O cliente pediu um orçamento de site/)).toBeVisible();
    expect(within(dialog).getByText('Positivo')).toBeVisible();
    const actions = within(dialog).getByRole('list', { name: 'Próximas ações' });
    expect(
      within(actions)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Enviar proposta até sexta', 'Agendar reunião de briefing']);
    expect(within(dialog).getByText('Confiança: 87%')).toBeVisible();
    expect(within(dialog).getByText('Gerado por gpt-4o-mini (OpenAI)')).toBeVisible();
    expect(
      within(dialog).getByText('Conversa de 01/12/2026 a 03/12/2026 · 14 comunicações'),
    ).toBeVisible();
    expect(within(dialog).getByRole('button', { name: 'Gerar novo resumo' })).toBeVisible();
    expect(api.requestsTo(LIST)[0]?.params).toEqual({ lead_id: LEAD_ID, limit: 1 });
  });

  it('names the built-in summariser "Resumo local"', async () => {
    stubApi({ [LIST]: page([{ ...done, provider: 'local', model: 'extrativo-v1' }]) });
    const user = renderButton();

    const dialog = await openDialog(user);

    expect(await within(dialog).findByText('Gerado por extrativo-v1 (Resumo local)')).toBeVisible();
  });

  it('offers the first summary when the lead has none yet', async () => {
    stubApi({ [LIST]: page([]) });
    const user = renderButton();

    const dialog = await openDialog(user);

    expect(
      await within(dialog).findByRole('heading', { name: 'Nenhum resumo ainda' }),
    ).toBeVisible();
    expect(within(dialog).getByRole('button', { name: 'Gerar resumo' })).toBeVisible();
    expect(within(dialog).queryByRole('heading', { name: 'Resumos anteriores' })).toBeNull();
  });

  it('shows "Gerando resumo…" while the summary is written, and the summary once a poll finds it done', async () => {
    const pending = makeAiSummary({
      lead_id: LEAD_ID,
      status: 'pending',
      summary: null,
      sentiment: null,
      confidence_score: null,
      completed_at: null,
    });
    const finished = { ...done, id: pending.id };
    const onSummaryFinished = vi.fn(receiveAiSummary);
    let polled = false;
    const api = stubApi({
      [LIST]: page([]),
      [GENERATE]: { status: 202, body: pending },
      // The live event never comes here: the poll is what finds the summary finished.
      [ONE]: () => {
        polled = true;
        return { body: finished };
      },
    });
    const user = renderButton(onSummaryFinished);
    const dialog = await openDialog(user);

    await user.click(await within(dialog).findByRole('button', { name: 'Gerar resumo' }));

    expect(api.requestsTo(GENERATE)[0]?.path).toBe(`/leads/${LEAD_ID}/ai-summaries`);
    expect(await within(dialog).findByText(/O cliente pediu um orçamento/)).toBeVisible();
    expect(polled).toBe(true);
    expect(onSummaryFinished).toHaveBeenCalledWith(finished);
    expect(within(dialog).getByText('Resumo pronto.')).toBeInTheDocument();
  });

  it('keeps the generate button from asking twice while a summary is pending', async () => {
    const pending = makeAiSummary({ lead_id: LEAD_ID, status: 'pending', summary: null });
    const api = stubApi({ [LIST]: page([pending]), [GENERATE]: { status: 202, body: pending } });
    const user = renderButton();
    const dialog = await openDialog(user);

    expect(await within(dialog).findByText('Gerando resumo…')).toBeVisible();
    const generate = within(dialog).getByRole('button', { name: 'Gerar novo resumo' });
    expect(generate).toHaveAttribute('aria-disabled', 'true');
    await user.click(generate);

    expect(api.requestsTo(GENERATE)).toHaveLength(0);
  });

  it('says when the quota resets, in Portuguese, when the plan allows no more summaries', async () => {
    stubApi({
      [LIST]: page([done]),
      [GENERATE]: problem(429, {
        code: 'AI_SUMMARY_QUOTA_EXCEEDED',
        limit: 20,
        used: 20,
        resets_at: '2026-12-05T12:00:00.000Z',
      }),
    });
    const user = renderButton();
    const dialog = await openDialog(user);

    await user.click(await within(dialog).findByRole('button', { name: 'Gerar novo resumo' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent(
      /^Sua organização já gerou os 20 resumos de IA do período\. Novos resumos liberam em 05\/12\/2026,? \d{2}:\d{2}\.$/,
    );
    // The summary already there stays on screen.
    expect(within(dialog).getByText('Positivo')).toBeVisible();
  });

  it('shows why a summary failed and lets the user try again', async () => {
    const failed = makeAiSummary({
      lead_id: LEAD_ID,
      status: 'failed',
      summary: null,
      sentiment: null,
      confidence_score: null,
      error: 'O provedor de IA não respondeu a tempo.',
    });
    const api = stubApi({
      [LIST]: page([failed]),
      [GENERATE]: { status: 202, body: makeAiSummary({ lead_id: LEAD_ID, status: 'pending' }) },
    });
    const user = renderButton();
    const dialog = await openDialog(user);

    expect(await within(dialog).findByText('Não foi possível gerar o resumo')).toBeVisible();
    expect(within(dialog).getByText('O provedor de IA não respondeu a tempo.')).toBeVisible();
    await user.click(within(dialog).getByRole('button', { name: 'Tentar novamente' }));

    await waitFor(() => expect(api.requestsTo(GENERATE)).toHaveLength(1));
    expect(await within(dialog).findByText('Gerando resumo…')).toBeVisible();
  });

  it('lists earlier summaries collapsed, opens one, and loads more by cursor', async () => {
    const earlier = makeAiSummary({
      lead_id: LEAD_ID,
      summary: 'Primeiro contato pelo Instagram.\nPediu o portfólio.',
      sentiment: 'negative',
      next_actions: ['Mandar portfólio'],
      created_at: '2026-11-20T12:00:00.000Z',
      completed_at: '2026-11-20T12:00:00.000Z',
    });
    const oldest = makeAiSummary({
      lead_id: LEAD_ID,
      summary: 'Lead entrou pelo site.',
      created_at: '2026-11-01T12:00:00.000Z',
      completed_at: '2026-11-01T12:00:00.000Z',
    });
    const api = stubApi({
      [LIST]: ({ params }) => {
        if (params.limit === 1) return page([done], 'after-done');
        return params.cursor === 'page-2' ? page([oldest]) : page([done, earlier], 'page-2');
      },
    });
    const user = renderButton();
    const dialog = await openDialog(user);

    const history = await within(dialog).findByRole('list', { name: 'Resumos anteriores' });
    const entry = within(history).getByRole('button', { name: /Primeiro contato pelo Instagram/ });
    expect(entry).toHaveAttribute('aria-expanded', 'false');
    expect(entry).toHaveTextContent('Negativo');
    expect(entry).not.toHaveTextContent('Pediu o portfólio');
    expect(within(history).queryByText('Mandar portfólio')).toBeNull();

    await user.click(entry);

    expect(entry).toHaveAttribute('aria-expanded', 'true');
    expect(within(history).getByText('Mandar portfólio')).toBeVisible();

    await user.click(within(dialog).getByRole('button', { name: 'Carregar mais' }));

    expect(
      await within(history).findByRole('button', { name: /Lead entrou pelo site/ }),
    ).toBeVisible();
    expect(api.requestsTo(LIST).map((request) => request.params.cursor)).toEqual([
      undefined,
      undefined,
      'page-2',
    ]);
  });

  it('closes on Esc and gives the focus back to the button', async () => {
    stubApi({ [LIST]: page([done]) });
    const user = renderButton();
    const dialog = await openDialog(user);
    await within(dialog).findByText('Positivo');

    await user.keyboard('{Escape}');

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(screen.getByRole('button', { name: 'Resumo IA' })).toHaveFocus();
  });
});
