import type { LiveEvent, TimelineItem } from '@loved/shared';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createNote } from '@/features/communications/api/create-note';
import { getTimeline } from '@/features/communications/api/get-timeline';
import { CommunicationTimeline } from '@/features/communications/components/communication-timeline';
import { ApiError } from '@/lib/api-client';
import { makeCommunication, makeTimelineItem } from '@/testing/communication-factory';
import { fakeLiveStream } from '@/testing/live';

vi.mock('@/features/communications/api/get-timeline', () => ({ getTimeline: vi.fn() }));
vi.mock('@/features/communications/api/create-note', () => ({ createNote: vi.fn() }));
vi.mock('@/features/communications/api/log-call', () => ({ logCall: vi.fn() }));

const LEAD_ID = 'lead-1';

/** The timeline's own entries (each entry also holds a list of channel details). */
function entries(): HTMLElement[] {
  const list = screen.getByRole('list', { name: 'Timeline de comunicação' });
  return Array.from(list.children).filter((child): child is HTMLElement => child.tagName === 'LI');
}

function liveCommunication(overrides: Parameters<typeof makeCommunication>[0]): LiveEvent {
  const communication = makeCommunication(overrides);
  return {
    type: 'communication.created',
    organization_id: 'org-1',
    lead_id: communication.lead_id,
    assigned_user_id: null,
    occurred_at: communication.sent_at,
    communication,
  };
}

describe('CommunicationTimeline', () => {
  const newest = makeTimelineItem({
    lead_id: LEAD_ID,
    channel: 'email',
    direction: 'inbound',
    subject: 'Orçamento do site',
    content: 'Podem enviar o orçamento?',
    sent_at: '2026-01-05T10:00:00.000Z',
    metadata: { from_email: 'cliente@empresa.test', to_email: ['vendas@agencia.test'] },
    attachments: [
      { file_id: null, name: 'briefing.pdf', content_type: 'application/pdf', size_bytes: 1 },
    ],
  });
  const stageChange: TimelineItem = {
    type: 'system',
    id: 'event-1',
    occurred_at: '2026-01-04T10:00:00.000Z',
    event: 'stage_changed',
    from: 'lead',
    to: 'proposta',
    actor: { id: 'user-1', name: 'Ana Souza' },
  };
  const older = makeTimelineItem({
    lead_id: LEAD_ID,
    channel: 'voip',
    direction: 'outbound',
    content: 'Ligação de apresentação',
    sent_at: '2026-01-01T10:00:00.000Z',
    metadata: { duration_seconds: 185, call_status: 'completed' },
  });

  beforeEach(() => {
    vi.mocked(getTimeline).mockReset();
    vi.mocked(getTimeline).mockImplementation(async (_leadId, params) =>
      params.cursor
        ? { items: [older], next_cursor: null }
        : { items: [newest, stageChange], next_cursor: 'page-2' },
    );
  });

  it('shows each communication as in the seed: channel, direction, subject and details', async () => {
    render(<CommunicationTimeline leadId={LEAD_ID} />);

    await screen.findByText('Podem enviar o orçamento?');
    const [email, system] = entries();
    expect(email).toHaveTextContent('E-mail');
    expect(email).toHaveTextContent('Recebida');
    expect(
      within(email as HTMLElement).getByRole('heading', { name: 'Orçamento do site' }),
    ).toBeVisible();
    expect(email).toHaveTextContent('1 anexo');
    expect(email).toHaveTextContent('De: cliente@empresa.test');
    expect(system).toHaveTextContent('Etapa alterada de Lead para Proposta por Ana Souza');
  });

  it('loads the older page with its cursor and says when the conversation starts', async () => {
    const user = userEvent.setup();
    render(<CommunicationTimeline leadId={LEAD_ID} />);
    await screen.findByText('Podem enviar o orçamento?');
    expect(entries()).toHaveLength(2);

    await user.click(screen.getByRole('button', { name: 'Carregar mais' }));

    expect(await screen.findByText('Ligação de apresentação')).toBeVisible();
    expect(getTimeline).toHaveBeenLastCalledWith(LEAD_ID, { cursor: 'page-2', limit: 30 });
    expect(entries()).toHaveLength(3);
    expect(entries()[2]).toHaveTextContent('Duração: 3:05');
    expect(entries()[2]).toHaveTextContent('Resultado: Atendida');
    expect(screen.getByText('Início da conversa.')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Carregar mais' })).not.toBeInTheDocument();
  });

  it('puts a communication that arrives live on top, once, and announces it', async () => {
    const live = fakeLiveStream();
    render(<CommunicationTimeline leadId={LEAD_ID} subscribeLive={live.subscribe} />);
    await screen.findByText('Podem enviar o orçamento?');
    const incoming = liveCommunication({
      lead_id: LEAD_ID,
      channel: 'whatsapp',
      content: 'Oi! Vi a proposta agora.',
      sent_at: '2026-01-06T09:00:00.000Z',
      metadata: { phone_number: '+5511987654321' },
    });

    act(() => {
      live.emit(incoming);
      live.emit(incoming);
      live.emit(liveCommunication({ lead_id: 'another-lead', content: 'De outro lead' }));
    });

    expect(entries()).toHaveLength(3);
    expect(entries()[0]).toHaveTextContent('Oi! Vi a proposta agora.');
    expect(entries()[0]).toHaveTextContent('WhatsApp');
    expect(entries()[0]).toHaveTextContent('Número: +5511987654321');
    expect(screen.queryByText('De outro lead')).not.toBeInTheDocument();
    expect(screen.getByText('Nova comunicação: WhatsApp')).toBeInTheDocument();
  });

  it('keeps live communications of other channels out of a filtered timeline', async () => {
    const live = fakeLiveStream();
    const user = userEvent.setup();
    render(<CommunicationTimeline leadId={LEAD_ID} subscribeLive={live.subscribe} />);
    await screen.findByText('Podem enviar o orçamento?');
    vi.mocked(getTimeline).mockResolvedValue({ items: [newest], next_cursor: null });

    await user.selectOptions(screen.getByRole('combobox', { name: 'Canal' }), 'email');
    await screen.findByText('Início da conversa.');
    act(() => {
      live.emit(liveCommunication({ lead_id: LEAD_ID, channel: 'whatsapp', content: 'Zap' }));
    });

    expect(getTimeline).toHaveBeenLastCalledWith(
      LEAD_ID,
      { limit: 30, channel: 'email' },
      expect.any(AbortSignal),
    );
    expect(screen.queryByText('Zap')).not.toBeInTheDocument();
  });

  it('adds a note on top without waiting for the live event', async () => {
    vi.mocked(createNote).mockResolvedValue(
      makeCommunication({
        lead_id: LEAD_ID,
        channel: 'note',
        direction: 'internal',
        content: 'Cliente pediu proposta até sexta.',
        sent_at: '2026-01-07T00:00:00.000Z',
      }),
    );
    const user = userEvent.setup();
    render(<CommunicationTimeline leadId={LEAD_ID} />);
    await screen.findByText('Podem enviar o orçamento?');

    await user.type(screen.getByLabelText('Nota interna'), 'Cliente pediu proposta até sexta.');
    await user.click(screen.getByRole('button', { name: 'Adicionar nota' }));

    expect(createNote).toHaveBeenCalledWith(LEAD_ID, {
      content: 'Cliente pediu proposta até sexta.',
    });
    expect(await screen.findByText('Cliente pediu proposta até sexta.')).toBeVisible();
    expect(entries()[0]).toHaveTextContent('Interna');
    expect(screen.getByLabelText('Nota interna')).toHaveValue('');
  });

  it('says there is nothing yet for a lead without communications', async () => {
    vi.mocked(getTimeline).mockResolvedValue({ items: [], next_cursor: null });

    render(<CommunicationTimeline leadId={LEAD_ID} />);

    expect(
      await screen.findByText(
        'Nenhuma comunicação com este lead ainda. Registre uma nota ou ligação.',
      ),
    ).toBeVisible();
  });

  it('explains that the server has no timeline yet instead of failing', async () => {
    vi.mocked(getTimeline).mockRejectedValue(
      new ApiError({
        type: 'https://loved.crm/problems/not-found',
        title: 'Not Found',
        status: 404,
        detail: 'Rota não encontrada',
        code: 'NOT_FOUND',
      }),
    );

    render(<CommunicationTimeline leadId={LEAD_ID} />);

    expect(
      await screen.findByText(
        'A timeline de comunicação ainda não está disponível neste servidor.',
      ),
    ).toBeVisible();
    expect(screen.queryByLabelText('Nota interna')).not.toBeInTheDocument();
  });
});
