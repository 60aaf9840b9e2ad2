import type { CallStatus, CommunicationResponse, CommunicationStatus } from '@loved/shared';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TimelineEntry } from '@/features/communications/components/timeline-entry';
import { makeCommunication } from '@/testing/communication-factory';
import { renderWithProviders } from '@/testing/render-with-providers';
import { signInForTest } from '@/testing/session';
import { stubApi } from '@/testing/stub-api';

function renderEntry(overrides: Partial<CommunicationResponse>): HTMLElement {
  const communication = makeCommunication({ channel: 'whatsapp', ...overrides });
  renderWithProviders(
    <ol>
      <TimelineEntry communication={communication} />
    </ol>,
  );
  // The entry, not the list items of its details (a hand-logged call lists its facts).
  const [entry] = screen.getAllByRole('listitem');
  if (!entry) throw new Error('no timeline entry rendered');
  return entry;
}

const CONTENT = 'GET /files/:id/content';

describe('TimelineEntry for WhatsApp', () => {
  beforeEach(() => {
    signInForTest();
    // jsdom has no object URLs; the entries only need one to put in src.
    URL.createObjectURL = (): string => 'blob:http://localhost/media';
    URL.revokeObjectURL = (): void => undefined;
  });

  afterEach(() => {
    Reflect.deleteProperty(URL, 'createObjectURL');
    Reflect.deleteProperty(URL, 'revokeObjectURL');
  });

  it.each<[CommunicationStatus, string]>([
    ['sent', 'Status: Enviada'],
    ['delivered', 'Status: Entregue'],
    ['read', 'Status: Lida'],
    ['failed', 'Status: Falhou'],
  ])('marks an outbound message %s with its tick, named for screen readers', (status, name) => {
    renderEntry({ direction: 'outbound', status, content: 'Segue a proposta.' });

    const tick = screen.getByRole('img', { name });
    expect(tick).toBeVisible();
    expect(tick).toHaveAttribute('data-status', status);
    expect(screen.getAllByRole('img')).toHaveLength(1);
  });

  it('paints the read ticks blue', () => {
    renderEntry({ direction: 'outbound', status: 'read' });
    expect(screen.getByRole('img', { name: 'Status: Lida' })).toHaveClass('text-sky-600');
  });

  it('says why a message failed, in text and as the tick tooltip', () => {
    renderEntry({
      direction: 'outbound',
      status: 'failed',
      content: 'Oi!',
      metadata: {
        message_type: 'text',
        error: { code: 131000, title: 'Something went wrong', message: 'Message failed to send' },
      },
    });

    expect(screen.getByText('Não enviada: Something went wrong')).toBeVisible();
    expect(screen.getByRole('img', { name: 'Status: Falhou' })).toHaveAttribute(
      'title',
      'Something went wrong',
    );
    expect(screen.getByRole('img', { name: 'Status: Falhou' })).toHaveClass('text-destructive');
  });

  it('words the common Meta failures in Portuguese', () => {
    renderEntry({
      direction: 'outbound',
      status: 'failed',
      metadata: { error: { code: 131047, title: 'Re-engagement message' } },
    });

    expect(
      screen.getByText(
        'Não enviada: mais de 24 horas desde a última mensagem do cliente; envie um modelo',
      ),
    ).toBeVisible();
  });

  it('shows no ticks on a message the customer sent', () => {
    renderEntry({ direction: 'inbound', status: 'delivered', content: 'Bom dia!' });

    expect(screen.getByText('Bom dia!')).toBeVisible();
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
  });

  it('previews an image inline and opens it full size', async () => {
    stubApi({ [CONTENT]: { body: 'bytes' } });
    const user = userEvent.setup();
    renderEntry({
      direction: 'inbound',
      content: '',
      metadata: { message_type: 'image', caption: 'Fachada da loja' },
      attachments: [
        { file_id: 'file-1', name: 'foto.jpg', content_type: 'image/jpeg', size_bytes: 2048 },
      ],
    });

    const open = await screen.findByRole('button', { name: 'Ampliar imagem foto.jpg' });
    expect(within(open).getByRole('img', { name: 'Fachada da loja' })).toHaveAttribute(
      'src',
      'blob:http://localhost/media',
    );
    expect(screen.getByText('Fachada da loja')).toBeVisible();
    await user.click(open);

    expect(await screen.findByRole('dialog', { name: 'foto.jpg' })).toBeVisible();
  });

  it('plays audio and video with the browser controls', async () => {
    stubApi({ [CONTENT]: { body: 'bytes' } });
    renderEntry({
      direction: 'inbound',
      metadata: { message_type: 'audio', voice: true },
      attachments: [
        { file_id: 'file-2', name: 'voz.ogg', content_type: 'audio/ogg', size_bytes: 1 },
      ],
    });

    const audio = await screen.findByLabelText('Mensagem de voz');
    expect(audio.tagName).toBe('AUDIO');
    expect(audio).toHaveAttribute('controls');
  });

  it('offers a document for download with its name and size', () => {
    renderEntry({
      direction: 'inbound',
      metadata: { message_type: 'document' },
      attachments: [
        {
          file_id: 'file-3',
          name: 'contrato.pdf',
          content_type: 'application/pdf',
          size_bytes: 1536,
        },
      ],
    });

    expect(screen.getByText('contrato.pdf')).toBeVisible();
    expect(screen.getByText('1,5 KB')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Baixar contrato.pdf' })).toBeEnabled();
  });

  it('links a shared location to a map', () => {
    renderEntry({
      direction: 'inbound',
      metadata: {
        message_type: 'location',
        location: {
          latitude: -23.55,
          longitude: -46.63,
          name: 'Escritório',
          address: 'Av. Paulista',
        },
      },
    });

    expect(screen.getByText('Av. Paulista')).toBeVisible();
    expect(screen.getByRole('link', { name: 'Ver Escritório no mapa' })).toHaveAttribute(
      'href',
      'https://www.google.com/maps/search/?api=1&query=-23.55%2C-46.63',
    );
  });

  it('shows a reaction as a reaction line', () => {
    renderEntry({
      direction: 'inbound',
      content: '',
      metadata: { message_type: 'reaction', reaction: { message_id: 'wamid.1', emoji: '👍' } },
    });

    expect(screen.getByText('Reagiu com 👍 a uma mensagem')).toBeVisible();
  });

  it('shows the placeholder text of a type it does not know', () => {
    renderEntry({
      direction: 'inbound',
      content: '[Mensagem não suportada]',
      metadata: { message_type: 'order' },
    });

    expect(screen.getByText('[Mensagem não suportada]')).toBeVisible();
  });

  it('says when a medium has no stored file', () => {
    renderEntry({
      direction: 'inbound',
      content: '',
      metadata: { message_type: 'video' },
      attachments: [],
    });

    expect(screen.getByText('Mídia ainda não disponível: Vídeo')).toBeVisible();
  });

  it('names a medium whose file is still being fetched from Meta, with its caption', () => {
    renderEntry({
      direction: 'inbound',
      content: 'Fachada',
      metadata: { message_type: 'image', caption: 'Fachada' },
      attachments: [
        { file_id: null, name: 'image-1.jpg', content_type: 'image/jpeg', size_bytes: null },
      ],
    });

    expect(screen.getByText('Mídia ainda não disponível: image-1.jpg')).toBeVisible();
    expect(screen.getByText('Fachada')).toBeVisible();
  });
});

describe('TimelineEntry for calls', () => {
  const twilioMetadata = {
    provider: 'twilio',
    call_sid: 'CA0123456789abcdef0123456789abcdef',
    caller_number: '+551140028922',
    called_number: '+5511912345678',
    agent_phone: '+5511987654321',
    call_status: 'queued',
    duration_seconds: null,
    answered_at: null,
    ended_at: null,
    recording_url: null,
    recording_file_id: null,
    recording_sid: null,
    recording_duration_seconds: null,
  };

  beforeEach(() => {
    signInForTest();
    URL.createObjectURL = (): string => 'blob:http://localhost/recording';
    URL.revokeObjectURL = (): void => undefined;
  });

  afterEach(() => {
    Reflect.deleteProperty(URL, 'createObjectURL');
    Reflect.deleteProperty(URL, 'revokeObjectURL');
  });

  it.each<[CallStatus, string]>([
    ['queued', 'Na fila'],
    ['initiated', 'Iniciando'],
    ['ringing', 'Chamando'],
    ['in-progress', 'Em andamento'],
    ['completed', 'Atendida'],
    ['busy', 'Ocupado'],
    ['no-answer', 'Não atendida'],
    ['failed', 'Falhou'],
    ['canceled', 'Cancelada'],
  ])('labels a Twilio call %s as %s', (callStatus, label) => {
    const entry = renderEntry({
      channel: 'voip',
      direction: 'outbound',
      content: 'Chamando…',
      metadata: { ...twilioMetadata, call_status: callStatus },
    });

    expect(within(entry).getByText(label)).toBeVisible();
    expect(entry).toHaveTextContent(`Status da chamada: ${label}`);
  });

  it('names the direction and the lead number of a call made and of a call received', () => {
    const made = renderEntry({
      channel: 'voip',
      direction: 'outbound',
      metadata: twilioMetadata,
    });
    expect(made).toHaveTextContent('Ligação feita');
    expect(made).toHaveTextContent('Número: +5511912345678');
  });

  it('names a call the lead made as received, with the number that called', () => {
    const received = renderEntry({
      channel: 'voip',
      direction: 'inbound',
      metadata: { ...twilioMetadata, caller_number: '+5511955554444', called_number: null },
    });
    expect(received).toHaveTextContent('Ligação recebida');
    expect(received).toHaveTextContent('Número: +5511955554444');
  });

  it("shows an ended call's length and the server's summary", () => {
    const entry = renderEntry({
      channel: 'voip',
      direction: 'outbound',
      content: 'Chamada atendida - Duração: 2min',
      metadata: { ...twilioMetadata, call_status: 'completed', duration_seconds: 125 },
    });

    expect(entry).toHaveTextContent('Duração: 2:05');
    expect(within(entry).getByText('Chamada atendida - Duração: 2min')).toBeVisible();
    expect(within(entry).queryByText(/Resultado:/)).not.toBeInTheDocument();
  });

  it('plays the recording, fetched with the session, once it is stored', async () => {
    const api = stubApi({ [CONTENT]: { body: 'mp3-bytes' } });
    const entry = renderEntry({
      channel: 'voip',
      direction: 'inbound',
      content: 'Chamada atendida - Duração: 2min',
      metadata: {
        ...twilioMetadata,
        call_status: 'completed',
        duration_seconds: 125,
        recording_file_id: 'file-rec-1',
        recording_url: '/api/v1/files/file-rec-1/content',
        recording_sid: 'RE0123',
      },
      attachments: [
        {
          file_id: 'file-rec-1',
          name: 'gravacao-CA0123456789abcdef0123456789abcdef.mp3',
          content_type: 'audio/mpeg',
          size_bytes: 48_000,
        },
      ],
    });

    const audio = await within(entry).findByLabelText('Gravação da chamada');
    expect(audio.tagName).toBe('AUDIO');
    expect(audio).toHaveAttribute('controls');
    expect(audio).toHaveAttribute('src', 'blob:http://localhost/recording');
    expect(api.requestsTo(CONTENT)[0]?.path).toBe('/files/file-rec-1/content');
    expect(entry).not.toHaveTextContent('1 anexo');
  });

  it('finds the recording among the attachments when the metadata does not name it', async () => {
    stubApi({ [CONTENT]: { body: 'mp3-bytes' } });
    const entry = renderEntry({
      channel: 'voip',
      direction: 'outbound',
      metadata: { ...twilioMetadata, call_status: 'completed', duration_seconds: 30 },
      attachments: [
        {
          file_id: 'file-rec-2',
          name: 'gravacao-CA1.mp3',
          content_type: 'audio/mpeg',
          size_bytes: 1,
        },
      ],
    });

    expect((await within(entry).findByLabelText('Gravação da chamada')).tagName).toBe('AUDIO');
  });

  it('says a reported recording is being processed, with no player yet', () => {
    const entry = renderEntry({
      channel: 'voip',
      direction: 'outbound',
      metadata: {
        ...twilioMetadata,
        call_status: 'completed',
        duration_seconds: 30,
        recording_sid: 'RE0123',
      },
    });

    expect(within(entry).getByText('Gravação sendo processada…')).toBeVisible();
    expect(entry.querySelector('audio')).toBeNull();
  });

  it('keeps showing a call logged by hand with its outcome', () => {
    const entry = renderEntry({
      channel: 'voip',
      direction: 'outbound',
      content: 'Ligação de apresentação',
      metadata: { provider: 'manual', duration_seconds: 185, call_status: 'no_answer' },
    });

    expect(entry).toHaveTextContent('Ligação feita');
    expect(entry).toHaveTextContent('Ligação de apresentação');
    expect(entry).toHaveTextContent('Duração: 3:05');
    expect(entry).toHaveTextContent('Resultado: Sem resposta');
    expect(entry).not.toHaveTextContent('Status da chamada');
  });
});

describe('TimelineEntry author line', () => {
  it('shows who wrote a note beside its time', () => {
    const communication = makeCommunication({
      channel: 'note',
      direction: 'internal',
      content: 'Cliente pediu proposta até sexta.',
      author_user_id: 'user-1',
      sent_at: '2026-01-06T09:00:00.000Z',
    });
    renderWithProviders(
      <ol>
        <TimelineEntry communication={communication} authorName="Ana Souza" />
      </ol>,
    );

    const time = screen.getByText((_, element) => element?.tagName === 'TIME');
    expect(time).toHaveAttribute('datetime', '2026-01-06T09:00:00.000Z');
    expect(time.parentElement).toHaveTextContent(/^por Ana Souza·/);
  });

  it('shows no author line for what the client sent', () => {
    renderWithProviders(
      <ol>
        <TimelineEntry communication={makeCommunication({ channel: 'email' })} />
      </ol>,
    );

    expect(screen.queryByText(/^por /)).not.toBeInTheDocument();
  });
});
