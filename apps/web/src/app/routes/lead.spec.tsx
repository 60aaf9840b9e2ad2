import type { CreateActivityRequest, LiveEvent } from '@loved/shared';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { applyLiveEvent } from '@/app/live/apply-live-event';
import { makeActivity } from '@/testing/activity-factory';
import { makeAiSummary } from '@/testing/ai-summary-factory';
import { makeCommunication, makeTimelineItem } from '@/testing/communication-factory';
import { makeLead } from '@/testing/lead-factory';
import { renderApp } from '@/testing/render-app';
import { signInForTest, TEST_ORGANIZATION_ID } from '@/testing/session';
import { stubApi } from '@/testing/stub-api';

// The whole app with a lazy page: slow on a busy machine, so a longer timeout.
const WHOLE_APP_TIMEOUT_MS = 15_000;

describe('LeadRoute', () => {
  afterEach(() => {
    vi.useRealTimers();
    Reflect.deleteProperty(URL, 'createObjectURL');
    Reflect.deleteProperty(URL, 'revokeObjectURL');
  });

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

  it(
    'calls the lead with Ligar: the call is on the timeline at once and follows Twilio live',
    async () => {
      signInForTest({ role: 'agent' });
      // jsdom has no object URLs; the recording player only needs one to put in src.
      URL.createObjectURL = (): string => 'blob:http://localhost/recording';
      URL.revokeObjectURL = (): void => undefined;
      const lead = makeLead({ name: 'Padaria Pão Quente', phone: '+5511912345678' });
      const queued = makeCommunication({
        lead_id: lead.id,
        channel: 'voip',
        direction: 'outbound',
        content: 'Chamando…',
        status: 'pending',
        sent_at: '2026-12-03T12:00:00.000Z',
        updated_at: '2026-12-03T12:00:00.000Z',
        metadata: {
          provider: 'twilio',
          call_sid: 'CA0123456789abcdef0123456789abcdef',
          caller_number: '+551140028922',
          called_number: lead.phone,
          agent_phone: '+5511987654321',
          call_status: 'queued',
          duration_seconds: null,
          recording_file_id: null,
        },
      });
      const api = stubApi({
        'GET /leads/:id': { body: lead },
        'GET /communications/timeline/:leadId': { body: { items: [], next_cursor: null } },
        'POST /communications/voip/call': { status: 201, body: queued },
        'GET /files/:id/content': { body: 'mp3-bytes' },
      });
      const user = userEvent.setup();
      renderApp(`/leads/${lead.id}`);

      expect(await screen.findByText(/Nenhuma comunicação com este lead/)).toBeVisible();
      await user.click(
        await screen.findByRole('button', {
          name: 'Ligar para Padaria Pão Quente (+5511912345678)',
        }),
      );

      const timeline = screen.getByRole('region', { name: 'Timeline de comunicação' });
      expect(await within(timeline).findByText('Na fila')).toBeVisible();
      expect(timeline).toHaveTextContent('Ligação feita');
      expect(await screen.findByText('Chamando Padaria Pão Quente…')).toBeVisible();
      expect(api.requestsTo('POST /communications/voip/call')[0]?.body).toEqual({
        lead_id: lead.id,
      });

      const answered: LiveEvent = {
        type: 'communication.updated',
        organization_id: TEST_ORGANIZATION_ID,
        lead_id: lead.id,
        assigned_user_id: null,
        occurred_at: '2026-12-03T12:03:00.000Z',
        communication: {
          ...queued,
          content: 'Chamada atendida - Duração: 2min',
          status: 'delivered',
          updated_at: '2026-12-03T12:03:00.000Z',
          metadata: {
            ...queued.metadata,
            call_status: 'completed',
            duration_seconds: 125,
            recording_file_id: 'file-rec-1',
          },
          attachments: [
            {
              file_id: 'file-rec-1',
              name: 'gravacao-CA0123456789abcdef0123456789abcdef.mp3',
              content_type: 'audio/mpeg',
              size_bytes: 48_000,
            },
          ],
        },
      };
      act(() => applyLiveEvent(answered));

      expect(await within(timeline).findByText('Atendida')).toBeVisible();
      expect(within(timeline).queryByText('Na fila')).not.toBeInTheDocument();
      expect(timeline).toHaveTextContent('Duração: 2:05');
      expect(within(timeline).getAllByRole('article')).toHaveLength(1);
      const recording = await within(timeline).findByLabelText('Gravação da chamada');
      expect(recording.tagName).toBe('AUDIO');
    },
    WHOLE_APP_TIMEOUT_MS,
  );

  it(
    'offers no Ligar button for a lead without a phone',
    async () => {
      signInForTest();
      const lead = makeLead({ name: 'Sem Telefone Ltda', phone: null });
      stubApi({
        'GET /leads/:id': { body: lead },
        'GET /communications/timeline/:leadId': { body: { items: [], next_cursor: null } },
      });
      renderApp(`/leads/${lead.id}`);

      expect(await screen.findByRole('button', { name: 'Resumo IA' })).toBeVisible();
      expect(screen.queryByRole('button', { name: /^Ligar/ })).not.toBeInTheDocument();
    },
    WHOLE_APP_TIMEOUT_MS,
  );

  it(
    'opens on the conversation: header and composer first, the details after them',
    async () => {
      signInForTest();
      const lead = makeLead({
        name: 'Padaria Pão Quente',
        phone: '+5511987651001',
        email: 'contato@padaria.test',
        stage: 'proposta',
        stage_changed_at: new Date(Date.now() - 3 * 24 * 60 * 60 * 1000).toISOString(),
      });
      stubApi({
        'GET /leads/:id': { body: lead },
        'GET /communications/timeline/:leadId': { body: { items: [], next_cursor: null } },
      });
      renderApp(`/leads/${lead.id}`);

      const heading = await screen.findByRole('heading', { level: 1, name: 'Padaria Pão Quente' });
      const header = heading.closest('header') as HTMLElement;
      expect(header).toHaveTextContent('Há 3 dias nesta etapa');
      expect(header).toHaveTextContent('Prioridade: Média');
      expect(
        within(header).getByRole('link', { name: 'Telefonar para (11) 98765-1001' }),
      ).toHaveAttribute('href', 'tel:+5511987651001');
      expect(
        within(header).getByRole('link', { name: 'Enviar e-mail para contato@padaria.test' }),
      ).toHaveAttribute('href', 'mailto:contato@padaria.test');

      const composer = await screen.findByLabelText('Nota interna');
      const details = await screen.findByRole('region', { name: 'Dados do lead' });
      // Document order is reading order, and the phone's order (one column).
      expect(composer.compareDocumentPosition(details)).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
      expect(within(details).queryByRole('button', { name: 'Salvar' })).not.toBeInTheDocument();
    },
    WHOLE_APP_TIMEOUT_MS,
  );

  it(
    'marks the deal won from the header, then reopens it',
    async () => {
      signInForTest();
      const lead = makeLead({ name: 'Padaria Pão Quente', stage: 'negociacao', version: 1 });
      const won = { ...lead, stage: 'fechado' as const, outcome: 'won' as const, version: 2 };
      const reopened = { ...won, stage: 'negociacao' as const, outcome: null, version: 3 };
      const api = stubApi({
        'GET /leads/:id': { body: lead },
        'GET /communications/timeline/:leadId': { body: { items: [], next_cursor: null } },
        'POST /leads/:id/close': { body: won },
        'POST /leads/:id/reopen': { body: reopened },
      });
      const user = userEvent.setup();
      renderApp(`/leads/${lead.id}`);

      await user.click(
        await screen.findByRole('button', { name: 'Marcar Padaria Pão Quente como ganho' }),
      );
      const dialog = await screen.findByRole('dialog');
      await user.click(within(dialog).getByRole('button', { name: 'Marcar como ganho' }));

      const header = screen.getByRole('heading', { level: 1 }).closest('header') as HTMLElement;
      expect(await within(header).findByTitle('Resultado: Ganho')).toHaveTextContent('Ganho');
      expect(header).toHaveTextContent('Fechado');
      expect(api.requestsTo('POST /leads/:id/close')[0]?.body).toEqual({ outcome: 'won' });

      await user.click(within(header).getByRole('button', { name: 'Reabrir Padaria Pão Quente' }));

      expect(
        await within(header).findByRole('button', { name: 'Marcar Padaria Pão Quente como ganho' }),
      ).toBeVisible();
      expect(within(header).queryByTitle('Resultado: Ganho')).not.toBeInTheDocument();
      expect(header).toHaveTextContent('Negociação');
      expect(api.requestsTo('POST /leads/:id/reopen')).toHaveLength(1);
    },
    WHOLE_APP_TIMEOUT_MS,
  );

  it(
    'answers an e-mail from the timeline: Responder opens the E-mail tab with "Re:" and in_reply_to',
    async () => {
      signInForTest();
      const lead = makeLead({ name: 'Padaria Pão Quente', email: 'contato@padaria.test' });
      const received = makeCommunication({
        lead_id: lead.id,
        channel: 'email',
        direction: 'inbound',
        subject: 'Cardápio de Natal',
        content: 'Vocês fazem cardápio digital?',
        metadata: {
          message_id: '<m1@padaria.test>',
          in_reply_to: null,
          references: [],
          thread_id: '<m1@padaria.test>',
          from_email: 'contato@padaria.test',
          from_name: null,
          to_email: ['agencia@loved.test'],
          cc: [],
          html: null,
          has_remote_images: false,
        },
      });
      const sent = makeCommunication({
        lead_id: lead.id,
        channel: 'email',
        direction: 'outbound',
        subject: 'Re: Cardápio de Natal',
        content: 'Fazemos, sim!',
      });
      const api = stubApi({
        'GET /leads/:id': { body: lead },
        'GET /communications/timeline/:leadId': {
          body: { items: [makeTimelineItem(received)], next_cursor: null },
        },
        'POST /communications/email/send': { status: 201, body: sent },
      });
      const user = userEvent.setup();
      renderApp(`/leads/${lead.id}`);

      await user.click(await screen.findByRole('button', { name: 'Responder' }));

      expect(screen.getByRole('tab', { name: 'E-mail' })).toHaveAttribute('aria-selected', 'true');
      expect(screen.getByLabelText('Assunto')).toHaveValue('Re: Cardápio de Natal');
      await user.type(screen.getByLabelText('Mensagem'), 'Fazemos, sim!');
      await user.click(screen.getByRole('button', { name: 'Enviar e-mail' }));

      expect(await screen.findByText('Fazemos, sim!', { selector: 'p' })).toBeVisible();
      expect(api.requestsTo('POST /communications/email/send')[0]?.body).toMatchObject({
        lead_id: lead.id,
        subject: 'Re: Cardápio de Natal',
        in_reply_to: received.id,
      });
    },
    WHOLE_APP_TIMEOUT_MS,
  );

  it(
    'offers no E-mail tab for a lead without an e-mail address',
    async () => {
      signInForTest();
      const lead = makeLead({ name: 'Sem E-mail Ltda', email: null });
      stubApi({
        'GET /leads/:id': { body: lead },
        'GET /communications/timeline/:leadId': { body: { items: [], next_cursor: null } },
      });
      renderApp(`/leads/${lead.id}`);

      expect(await screen.findByRole('tab', { name: 'Nota' })).toBeVisible();
      expect(screen.queryByRole('tab', { name: 'E-mail' })).not.toBeInTheDocument();
    },
    WHOLE_APP_TIMEOUT_MS,
  );

  it(
    'after logging a call, offers to schedule the next step: a call tomorrow at 10:00, org time',
    async () => {
      signInForTest();
      // Noon in São Paulo; only the clock is faked.
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(new Date('2026-12-04T15:00:00.000Z'));
      const lead = makeLead({ name: 'Padaria Pão Quente' });
      const logged = makeCommunication({
        lead_id: lead.id,
        channel: 'voip',
        direction: 'outbound',
      });
      const api = stubApi({
        'GET /leads/:id': { body: lead },
        'GET /communications/timeline/:leadId': { body: { items: [], next_cursor: null } },
        'GET /activities': { body: { items: [], next_cursor: null } },
        'GET /organizations/current': {
          body: {
            id: TEST_ORGANIZATION_ID,
            name: 'Agência Teste',
            plan: 'free',
            time_zone: 'America/Sao_Paulo',
            created_at: '2026-01-01T00:00:00.000Z',
          },
        },
        'POST /leads/:id/calls': { status: 201, body: logged },
        'POST /activities': (request) => ({
          status: 201,
          body: makeActivity({ ...(request.body as CreateActivityRequest), lead_id: lead.id }),
        }),
      });
      const user = userEvent.setup();
      renderApp(`/leads/${lead.id}`);

      await user.click(await screen.findByRole('tab', { name: 'Ligação' }));
      await user.click(screen.getByRole('button', { name: 'Registrar ligação' }));
      await user.click(await screen.findByRole('button', { name: 'Agendar próximo passo' }));

      const dialog = await screen.findByRole('dialog', { name: 'Agendar atividade' });
      expect(within(dialog).getByRole('radio', { name: 'Ligação' })).toBeChecked();
      expect(within(dialog).getByLabelText('Data')).toHaveValue('2026-12-05');
      expect(within(dialog).getByLabelText('Hora')).toHaveValue('10:00');
      await user.click(within(dialog).getByRole('button', { name: 'Agendar' }));

      await waitFor(() => expect(api.requestsTo('POST /activities')).toHaveLength(1));
      expect(api.requestsTo('POST /activities')[0]?.body).toMatchObject({
        lead_id: lead.id,
        type: 'call',
        due_at: '2026-12-05T13:00:00.000Z',
      });
      await waitFor(() =>
        expect(screen.queryByRole('button', { name: 'Agendar próximo passo' })).toBeNull(),
      );
    },
    WHOLE_APP_TIMEOUT_MS,
  );
});
