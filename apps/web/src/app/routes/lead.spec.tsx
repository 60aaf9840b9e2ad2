import type { LiveEvent } from '@loved/shared';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { applyLiveEvent } from '@/app/live/apply-live-event';
import { makeAiSummary } from '@/testing/ai-summary-factory';
import { makeLead } from '@/testing/lead-factory';
import { renderApp } from '@/testing/render-app';
import { signInForTest, TEST_ORGANIZATION_ID } from '@/testing/session';
import { stubApi } from '@/testing/stub-api';

// The whole app with a lazy page: slow on a busy machine, so a longer timeout.
const WHOLE_APP_TIMEOUT_MS = 15_000;

describe('LeadRoute', () => {
  it(
    'asks for an AI summary from the lead page and shows it when the live event says it is ready',
    async () => {
      signInForTest();
      const lead = makeLead({ name: 'Padaria Pão Quente' });
      const pending = makeAiSummary({
        lead_id: lead.id,
        status: 'pending',
        summary: null,
        sentiment: null,
        confidence_score: null,
        completed_at: null,
      });
      stubApi({
        'GET /leads/:id': { body: lead },
        'GET /communications/timeline/:leadId': { body: { items: [], next_cursor: null } },
        'GET /ai-summaries': { body: { items: [], next_cursor: null } },
        'POST /leads/:id/ai-summaries': { status: 202, body: pending },
        // GET /ai-summaries/:id is left unanswered: only the live event finishes the summary.
      });
      const user = userEvent.setup();
      renderApp(`/leads/${lead.id}`);

      await user.click(await screen.findByRole('button', { name: 'Resumo IA' }));
      const dialog = await screen.findByRole('dialog', { name: 'Resumo IA' });
      await user.click(await within(dialog).findByRole('button', { name: 'Gerar resumo' }));

      expect(await within(dialog).findByText('Gerando resumo…')).toBeVisible();

      const ready: LiveEvent = {
        type: 'ai_summary.ready',
        organization_id: TEST_ORGANIZATION_ID,
        lead_id: lead.id,
        assigned_user_id: null,
        occurred_at: '2026-12-03T12:00:05.000Z',
        ai_summary: {
          ...pending,
          status: 'done',
          summary: 'O cliente quer um cardápio digital para o Natal.',
          sentiment: 'positive',
          next_actions: ['Enviar orçamento'],
          confidence_score: 0.9,
          completed_at: '2026-12-03T12:00:05.000Z',
        },
      };
      act(() => applyLiveEvent(ready));

      expect(
        await within(dialog).findByText('O cliente quer um cardápio digital para o Natal.'),
      ).toBeVisible();
      expect(within(dialog).queryByText('Gerando resumo…')).toBeNull();
      expect(within(dialog).getByText('Positivo')).toBeVisible();
      expect(within(dialog).getByText('Resumo pronto.')).toBeInTheDocument();
    },
    WHOLE_APP_TIMEOUT_MS,
  );
});
