import type { MemberResponse } from '@loved/shared';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { makeLead } from '@/testing/lead-factory';
import { makePipeline } from '@/testing/pipeline-factory';
import { renderApp } from '@/testing/render-app';
import { signInForTest, TEST_USER } from '@/testing/session';
import { stubApi } from '@/testing/stub-api';

const colleague: MemberResponse = {
  user_id: '00000000-0000-4000-8000-00000000a002',
  name: 'Bruno Lima',
  email: 'bruno@agencia.test',
  avatar_url: null,
  role: 'agent',
  joined_at: '2026-01-01T00:00:00.000Z',
};

// The whole app with two lazy pages and a panel: slow on a busy machine, so a longer timeout.
const WHOLE_APP_TIMEOUT_MS = 15_000;

describe('PipelineRoute', () => {
  it(
    'asks for the team once: opening a lead from the board reuses the list it has',
    async () => {
      signInForTest();
      const lead = makeLead({ name: 'Padaria Pão Quente', stage: 'lead' });
      const pipeline = makePipeline([lead]);
      const api = stubApi({
        'GET /pipeline': { body: pipeline },
        'GET /members': {
          body: {
            items: [
              { ...colleague, user_id: TEST_USER.id, name: TEST_USER.name, role: 'admin' },
              colleague,
            ],
            next_cursor: null,
          },
        },
        'GET /leads/:id': { body: lead },
        'GET /communications/timeline/:leadId': { body: { items: [], next_cursor: null } },
      });

      const user = userEvent.setup();
      renderApp('/pipeline');
      await user.click(await screen.findByRole('button', { name: 'Padaria Pão Quente' }));

      const panel = await screen.findByRole('dialog');
      // The details are read as text: the assignee opens as a select when clicked.
      await user.click(await within(panel).findByRole('button', { name: /^Editar Responsável/ }));
      const assignee = await within(panel).findByRole('combobox', { name: 'Responsável' });
      expect(
        await within(assignee).findByRole('option', { name: 'Bruno Lima' }),
      ).toBeInTheDocument();
      expect(api.requestsTo('GET /members')).toHaveLength(1);
      // The panel also reads the lead the board already holds.
      expect(api.requestsTo('GET /leads/:id')).toHaveLength(0);
    },
    WHOLE_APP_TIMEOUT_MS,
  );
});
