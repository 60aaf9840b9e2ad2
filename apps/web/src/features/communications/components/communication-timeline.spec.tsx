import type { CommunicationResponse, TimelineItem } from '@loved/shared';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MessageSquare } from 'lucide-react';
import { beforeEach, describe, expect, it } from 'vitest';
import { CommunicationTimeline } from '@/features/communications/components/communication-timeline';
import { addToTimelines } from '@/features/communications/utils/timeline-cache';
import { makeCommunication, makeTimelineItem } from '@/testing/communication-factory';
import { renderWithProviders } from '@/testing/render-with-providers';
import { signInForTest, TEST_USER } from '@/testing/session';
import { stubApi, type StubApi, type StubHandler } from '@/testing/stub-api';

const LEAD_ID = 'lead-1';

/** The timeline's own entries (each entry also holds a list of channel details). */
function entries(): HTMLElement[] {
  const list = screen.getByRole('list', { name: 'Timeline de comunicação' });
  return Array.from(list.children).filter((child): child is HTMLElement => child.tagName === 'LI');
}

const TIMELINE = 'GET /communications/timeline/:leadId';

/** A communication as the live stream delivers it: the live-event reducer shows it so. */
function arriveLive(overrides: Parameters<typeof makeCommunication>[0]): CommunicationResponse {
  const communication = makeCommunication(overrides);
  act(() => addToTimelines(communication));
  return communication;
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
    actor: { id: 'user-1', name: 'Ana Souza', type: 'user' },
  };
  const older = makeTimelineItem({
    lead_id: LEAD_ID,
    channel: 'voip',
    direction: 'outbound',
    content: 'Ligação de apresentação',
    sent_at: '2026-01-01T10:00:00.000Z',
    metadata: { duration_seconds: 185, call_status: 'completed' },
  });

  const pagedTimeline: StubHandler = (request) => ({
    body: request.params.cursor
      ? { items: [older], next_cursor: null }
      : { items: [newest, stageChange], next_cursor: 'page-2' },
  });
  let api: StubApi;

  beforeEach(() => {
    api = stubApi({ [TIMELINE]: pagedTimeline });
  });

  it('shows each communication as in the seed: channel, direction, subject and details', async () => {
    renderWithProviders(<CommunicationTimeline leadId={LEAD_ID} />);

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
    renderWithProviders(<CommunicationTimeline leadId={LEAD_ID} />);
    await screen.findByText('Podem enviar o orçamento?');
    expect(entries()).toHaveLength(2);

    await user.click(screen.getByRole('button', { name: 'Carregar mais' }));

    expect(await screen.findByText('Ligação de apresentação')).toBeVisible();
    expect(api.requestsTo(TIMELINE).at(-1)).toMatchObject({
      path: `/communications/timeline/${LEAD_ID}`,
      params: { cursor: 'page-2', limit: 30 },
    });
    expect(entries()).toHaveLength(3);
    expect(entries()[2]).toHaveTextContent('Duração: 3:05');
    expect(entries()[2]).toHaveTextContent('Resultado: Atendida');
    expect(screen.getByText('Início da conversa.')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Carregar mais' })).not.toBeInTheDocument();
  });

  it('puts a communication that arrives live on top, once, and announces it', async () => {
    renderWithProviders(<CommunicationTimeline leadId={LEAD_ID} />);
    await screen.findByText('Podem enviar o orçamento?');

    const incoming = arriveLive({
      lead_id: LEAD_ID,
      channel: 'whatsapp',
      content: 'Oi! Vi a proposta agora.',
      sent_at: '2026-01-06T09:00:00.000Z',
      metadata: { phone_number: '+5511987654321' },
    });
    act(() => addToTimelines(incoming));
    arriveLive({ lead_id: 'another-lead', content: 'De outro lead' });

    expect(await screen.findByText('Oi! Vi a proposta agora.')).toBeVisible();
    expect(entries()).toHaveLength(3);
    expect(entries()[0]).toHaveTextContent('Oi! Vi a proposta agora.');
    expect(entries()[0]).toHaveTextContent('WhatsApp');
    expect(entries()[0]).toHaveTextContent('Número: +5511987654321');
    expect(screen.queryByText('De outro lead')).not.toBeInTheDocument();
    expect(screen.getByText('Nova comunicação: WhatsApp')).toBeInTheDocument();
  });

  it('moves a WhatsApp tick forward when its status update arrives live', async () => {
    const outgoing = makeTimelineItem({
      lead_id: LEAD_ID,
      channel: 'whatsapp',
      direction: 'outbound',
      status: 'sent',
      content: 'Segue a proposta.',
      sent_at: '2026-01-06T09:00:00.000Z',
      updated_at: '2026-01-06T09:00:00.000Z',
    });
    stubApi({ [TIMELINE]: { body: { items: [outgoing], next_cursor: null } } });
    renderWithProviders(<CommunicationTimeline leadId={LEAD_ID} />);
    expect(await screen.findByRole('img', { name: 'Status: Enviada' })).toBeVisible();
    if (outgoing.type !== 'communication') throw new Error('not a communication');

    act(() =>
      addToTimelines({
        ...outgoing.communication,
        status: 'read',
        updated_at: '2026-01-06T09:05:00.000Z',
      }),
    );

    expect(await screen.findByRole('img', { name: 'Status: Lida' })).toBeVisible();
    expect(screen.queryByRole('img', { name: 'Status: Enviada' })).not.toBeInTheDocument();
    expect(entries()).toHaveLength(1);
  });

  it('offers the tabs app/ plugs into the composer, mounted when opened', async () => {
    const user = userEvent.setup();
    renderWithProviders(
      <CommunicationTimeline
        leadId={LEAD_ID}
        composerTabs={[
          { value: 'whatsapp', label: 'WhatsApp', icon: MessageSquare, content: <p>Compositor</p> },
        ]}
      />,
    );
    await screen.findByText('Podem enviar o orçamento?');
    expect(screen.queryByText('Compositor')).not.toBeInTheDocument();

    await user.click(screen.getByRole('tab', { name: 'WhatsApp' }));

    expect(screen.getByText('Compositor')).toBeVisible();
  });

  it('keeps live communications of other channels out of a filtered timeline', async () => {
    const user = userEvent.setup();
    renderWithProviders(<CommunicationTimeline leadId={LEAD_ID} />);
    await screen.findByText('Podem enviar o orçamento?');
    api = stubApi({ [TIMELINE]: { body: { items: [newest], next_cursor: null } } });

    await user.selectOptions(screen.getByRole('combobox', { name: 'Canal' }), 'email');
    await screen.findByText('Início da conversa.');
    arriveLive({ lead_id: LEAD_ID, channel: 'whatsapp', content: 'Zap' });
    arriveLive({ lead_id: LEAD_ID, channel: 'email', content: 'Segue o contrato.' });

    expect(await screen.findByText('Segue o contrato.')).toBeVisible();
    expect(api.requestsTo(TIMELINE).at(-1)?.params).toEqual({ limit: 30, channel: 'email' });
    expect(screen.queryByText('Zap')).not.toBeInTheDocument();
  });

  it('adds a note on top without waiting for the live event', async () => {
    api = stubApi({
      [TIMELINE]: pagedTimeline,
      'POST /leads/:leadId/notes': {
        status: 201,
        body: makeCommunication({
          lead_id: LEAD_ID,
          channel: 'note',
          direction: 'internal',
          content: 'Cliente pediu proposta até sexta.',
          sent_at: '2026-01-07T00:00:00.000Z',
        }),
      },
    });
    const user = userEvent.setup();
    renderWithProviders(<CommunicationTimeline leadId={LEAD_ID} />);
    await screen.findByText('Podem enviar o orçamento?');

    await user.type(screen.getByLabelText('Nota interna'), 'Cliente pediu proposta até sexta.');
    await user.click(screen.getByRole('button', { name: 'Adicionar nota' }));

    expect(api.requestsTo('POST /leads/:leadId/notes')[0]).toMatchObject({
      path: `/leads/${LEAD_ID}/notes`,
      body: { content: 'Cliente pediu proposta até sexta.' },
    });
    expect(await screen.findByText('Cliente pediu proposta até sexta.')).toBeVisible();
    expect(entries()[0]).toHaveTextContent('Interna');
    expect(screen.getByLabelText('Nota interna')).toHaveValue('');
  });

  it('shows who wrote each note and when, like the stage changes', async () => {
    const note = makeTimelineItem(
      {
        lead_id: LEAD_ID,
        channel: 'note',
        direction: 'internal',
        content: 'Cliente pediu desconto.',
        author_user_id: 'user-2',
        sent_at: '2026-01-06T09:00:00.000Z',
      },
      { id: 'user-2', name: 'Bruno Lima', type: 'user' },
    );
    stubApi({ [TIMELINE]: { body: { items: [note, newest], next_cursor: null } } });
    renderWithProviders(<CommunicationTimeline leadId={LEAD_ID} />);

    await screen.findByText('Cliente pediu desconto.');
    const [noteEntry, inbound] = entries();
    expect(noteEntry).toHaveTextContent('por Bruno Lima');
    expect(within(noteEntry as HTMLElement).getByText('por Bruno Lima')).toBeVisible();
    expect(
      (noteEntry as HTMLElement).querySelector('time[datetime="2026-01-06T09:00:00.000Z"]'),
    ).not.toBeNull();
    // The client's own message has no author in the CRM.
    expect(inbound).not.toHaveTextContent('por ');
  });

  it('names the author of a note that arrives live from the team, or the user who wrote it', async () => {
    signInForTest();
    stubApi({ [TIMELINE]: { body: { items: [], next_cursor: null } } });
    renderWithProviders(
      <CommunicationTimeline
        leadId={LEAD_ID}
        resolveUserName={(userId) => (userId === 'user-2' ? 'Bruno Lima' : undefined)}
      />,
    );
    await screen.findByText(/Nenhuma comunicação com este lead/);

    arriveLive({
      lead_id: LEAD_ID,
      channel: 'note',
      direction: 'internal',
      content: 'Nota do Bruno',
      author_user_id: 'user-2',
      sent_at: '2026-01-06T09:00:00.000Z',
    });
    arriveLive({
      lead_id: LEAD_ID,
      channel: 'note',
      direction: 'internal',
      content: 'Minha nota',
      author_user_id: TEST_USER.id,
      sent_at: '2026-01-06T10:00:00.000Z',
    });

    expect(await screen.findByText('Minha nota')).toBeVisible();
    expect(entries()[0]).toHaveTextContent(`por ${TEST_USER.name}`);
    expect(entries()[1]).toHaveTextContent('por Bruno Lima');
  });

  it('says there is nothing yet for a lead without communications', async () => {
    stubApi({ [TIMELINE]: { body: { items: [], next_cursor: null } } });

    renderWithProviders(<CommunicationTimeline leadId={LEAD_ID} />);

    expect(
      await screen.findByText(
        'Nenhuma comunicação com este lead ainda. Registre uma nota ou ligação.',
      ),
    ).toBeVisible();
  });

  it('explains that the server has no timeline yet instead of failing', async () => {
    stubApi({
      [TIMELINE]: {
        status: 404,
        body: {
          type: 'https://loved.crm/problems/not-found',
          title: 'Not Found',
          status: 404,
          detail: 'Route not found',
          code: 'NOT_FOUND',
        },
      },
    });

    renderWithProviders(<CommunicationTimeline leadId={LEAD_ID} />);

    expect(
      await screen.findByText(
        'A timeline de comunicação ainda não está disponível neste servidor.',
      ),
    ).toBeVisible();
    expect(screen.queryByLabelText('Nota interna')).not.toBeInTheDocument();
  });
});
