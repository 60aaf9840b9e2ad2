import type {
  CommunicationResponse,
  WhatsAppTemplate,
  WhatsAppWindowResponse,
} from '@loved/shared';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { WhatsAppComposer } from '@/features/whatsapp/components/whatsapp-composer';
import { makeCommunication } from '@/testing/communication-factory';
import { renderWithProviders } from '@/testing/render-with-providers';
import { signInForTest } from '@/testing/session';
import { stubApi, type StubReply } from '@/testing/stub-api';

const LEAD_ID = 'lead-1';
const WINDOW = 'GET /communications/whatsapp/window';
const TEMPLATES = 'GET /integrations/whatsapp/templates';
const SEND = 'POST /communications/whatsapp/send';
const UPLOAD = 'POST /files';

const OPEN: WhatsAppWindowResponse = {
  open: true,
  last_inbound_at: '2026-01-05T10:00:00.000Z',
  closes_at: '2099-01-06T10:00:00.000Z',
};
const CLOSED: WhatsAppWindowResponse = {
  open: false,
  last_inbound_at: '2026-01-01T10:00:00.000Z',
  closes_at: '2026-01-02T10:00:00.000Z',
};

const FOLLOW_UP: WhatsAppTemplate = {
  name: 'retomada_proposta',
  language: 'pt_BR',
  category: 'MARKETING',
  status: 'APPROVED',
  components: [{ type: 'BODY', text: 'Olá, {{1}}! Podemos retomar a proposta?' }],
};

function problem(status: number, code: string): StubReply {
  return { status, body: { type: 'about:blank', title: 'Error', status, detail: code, code } };
}

function sent(overrides: Partial<CommunicationResponse> = {}): StubReply {
  return {
    status: 201,
    body: makeCommunication({
      lead_id: LEAD_ID,
      direction: 'outbound',
      status: 'sent',
      ...overrides,
    }),
  };
}

function renderComposer(
  props: Partial<Parameters<typeof WhatsAppComposer>[0]> = {},
): ReturnType<typeof vi.fn> {
  const onSent = vi.fn();
  // A router, for the link to the settings page.
  renderWithProviders(
    <MemoryRouter>
      <WhatsAppComposer leadId={LEAD_ID} leadPhone="+5511987654321" onSent={onSent} {...props} />
    </MemoryRouter>,
  );
  return onSent;
}

describe('WhatsAppComposer', () => {
  beforeEach(() => {
    signInForTest();
  });

  it('offers approved templates instead of free text once the 24-hour window has closed', async () => {
    const api = stubApi({
      [WINDOW]: { body: CLOSED },
      [TEMPLATES]: { body: { data: [FOLLOW_UP] } },
    });

    renderComposer();

    expect(await screen.findByText('Janela de 24 horas encerrada')).toBeVisible();
    expect(
      screen.getByText(/Já se passaram 24 horas desde a última mensagem do cliente/),
    ).toBeVisible();
    expect(await screen.findByRole('combobox', { name: 'Modelo de mensagem' })).toBeVisible();
    expect(screen.queryByRole('textbox', { name: 'Mensagem de WhatsApp' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Anexar arquivo' })).not.toBeInTheDocument();
    expect(api.requestsTo(WINDOW)[0]?.params).toEqual({ lead_id: LEAD_ID });
  });

  it('sends the chosen template with its variables and hands the message to the timeline', async () => {
    const reply = sent({ content: 'Olá, Ana! Podemos retomar a proposta?' });
    const api = stubApi({
      [WINDOW]: { body: CLOSED },
      [TEMPLATES]: { body: { data: [FOLLOW_UP] } },
      [SEND]: reply,
    });
    const user = userEvent.setup();
    const onSent = renderComposer();

    await user.selectOptions(
      await screen.findByRole('combobox', { name: 'Modelo de mensagem' }),
      'retomada_proposta|pt_BR',
    );
    await user.type(screen.getByRole('textbox', { name: 'Variável {{1}}' }), 'Ana');
    expect(screen.getByText('Olá, Ana! Podemos retomar a proposta?')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Enviar modelo' }));

    await waitFor(() => expect(onSent).toHaveBeenCalledTimes(1));
    expect(api.requestsTo(SEND)[0]?.body).toEqual({
      lead_id: LEAD_ID,
      template: {
        name: 'retomada_proposta',
        language: 'pt_BR',
        components: [{ type: 'body', parameters: [{ type: 'text', text: 'Ana' }] }],
      },
    });
  });

  it('asks for every variable of the template before sending', async () => {
    const api = stubApi({
      [WINDOW]: { body: CLOSED },
      [TEMPLATES]: { body: { data: [FOLLOW_UP] } },
    });
    const user = userEvent.setup();
    renderComposer();

    await user.selectOptions(
      await screen.findByRole('combobox', { name: 'Modelo de mensagem' }),
      'retomada_proposta|pt_BR',
    );
    await user.click(screen.getByRole('button', { name: 'Enviar modelo' }));

    expect(screen.getByRole('textbox', { name: 'Variável {{1}}' })).toHaveAccessibleDescription(
      'Preencha este campo.',
    );
    expect(api.requestsTo(SEND)).toHaveLength(0);
  });

  it('sends free text on Enter and keeps Shift+Enter for a new line', async () => {
    const reply = sent({ content: 'Olá!\nTudo bem?' });
    const api = stubApi({ [WINDOW]: { body: OPEN }, [SEND]: reply });
    const user = userEvent.setup();
    const onSent = renderComposer();

    const box = await screen.findByRole('textbox', { name: 'Mensagem de WhatsApp' });
    await user.type(box, 'Olá!{Shift>}{Enter}{/Shift}Tudo bem?');
    expect(api.requestsTo(SEND)).toHaveLength(0);
    await user.keyboard('{Enter}');

    await waitFor(() => expect(onSent).toHaveBeenCalledTimes(1));
    expect(onSent.mock.calls[0]?.[0]).toMatchObject({ status: 'sent', content: 'Olá!\nTudo bem?' });
    expect(api.requestsTo(SEND)[0]?.body).toEqual({ lead_id: LEAD_ID, text: 'Olá!\nTudo bem?' });
    expect(box).toHaveValue('');
    expect(screen.getByText(/Enter envia; Shift\+Enter quebra a linha\./)).toBeVisible();
  });

  it('counts down to the end of the 24-hour window beside the box', async () => {
    const closesAt = new Date(Date.now() + (3 * 60 + 12) * 60_000 + 30_000).toISOString();
    stubApi({ [WINDOW]: { body: { ...OPEN, closes_at: closesAt } } });
    renderComposer();

    const box = await screen.findByRole('textbox', { name: 'Mensagem de WhatsApp' });
    expect(box).toHaveAccessibleDescription(
      expect.stringContaining('Janela do WhatsApp fecha em 3 h 12 min'),
    );
  });

  it('switches to templates when a send finds the window already closed', async () => {
    let windowCalls = 0;
    stubApi({
      [WINDOW]: () => ({ body: windowCalls++ === 0 ? OPEN : CLOSED }),
      [TEMPLATES]: { body: { data: [FOLLOW_UP] } },
      [SEND]: problem(422, 'WHATSAPP_TEMPLATE_REQUIRED'),
    });
    const user = userEvent.setup();
    const onSent = renderComposer();

    await user.type(
      await screen.findByRole('textbox', { name: 'Mensagem de WhatsApp' }),
      'Oi de novo{Enter}',
    );

    expect(await screen.findByRole('combobox', { name: 'Modelo de mensagem' })).toBeVisible();
    expect(onSent).not.toHaveBeenCalled();
  });

  it('uploads an attached file, then sends it by id with its caption', async () => {
    const api = stubApi({
      [WINDOW]: { body: OPEN },
      [UPLOAD]: {
        status: 201,
        body: {
          id: 'file-1',
          filename: 'proposta.pdf',
          original_filename: 'proposta.pdf',
          content_type: 'application/pdf',
          size_bytes: 2048,
        },
      },
      [SEND]: sent({ metadata: { message_type: 'document' } }),
    });
    const user = userEvent.setup();
    const onSent = renderComposer();
    await screen.findByRole('textbox', { name: 'Mensagem de WhatsApp' });

    const input = document.querySelector<HTMLInputElement>('input[type="file"]');
    if (!input) throw new Error('no file input');
    await user.upload(
      input,
      new File(['x'.repeat(2048)], 'proposta.pdf', { type: 'application/pdf' }),
    );
    expect(await screen.findByText('Anexo: proposta.pdf (2 KB)')).toBeVisible();
    await user.type(
      screen.getByRole('textbox', { name: 'Legenda (opcional)' }),
      'Segue a proposta',
    );
    await user.click(screen.getByRole('button', { name: 'Enviar mensagem' }));

    await waitFor(() => expect(onSent).toHaveBeenCalledTimes(1));
    expect(api.requestsTo(UPLOAD)).toHaveLength(1);
    expect(api.requestsTo(SEND)[0]?.body).toEqual({
      lead_id: LEAD_ID,
      file_id: 'file-1',
      caption: 'Segue a proposta',
    });
    expect(screen.queryByText(/Anexo: proposta\.pdf/)).not.toBeInTheDocument();
  });

  it('is disabled, saying why, when the organisation has not connected WhatsApp', async () => {
    stubApi({ [WINDOW]: problem(409, 'WHATSAPP_NOT_CONNECTED') });

    renderComposer({ settingsPath: '/configuracoes' });

    expect(
      await screen.findByText(/O WhatsApp não está conectado nesta organização/),
    ).toBeVisible();
    expect(screen.getByRole('textbox', { name: 'Mensagem de WhatsApp' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Enviar mensagem' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Anexar arquivo' })).toBeDisabled();
    expect(screen.getByRole('link', { name: 'Abrir Configurações' })).toHaveAttribute(
      'href',
      '/configuracoes',
    );
  });

  it('disables itself when a send finds WhatsApp disconnected meanwhile', async () => {
    stubApi({ [WINDOW]: { body: OPEN }, [SEND]: problem(409, 'WHATSAPP_NOT_CONNECTED') });
    const user = userEvent.setup();
    const onSent = renderComposer();

    await user.type(
      await screen.findByRole('textbox', { name: 'Mensagem de WhatsApp' }),
      'Bom dia!{Enter}',
    );

    expect(
      await screen.findByText(/O WhatsApp não está conectado nesta organização/),
    ).toBeVisible();
    expect(screen.getByRole('textbox', { name: 'Mensagem de WhatsApp' })).toBeDisabled();
    expect(onSent).not.toHaveBeenCalled();
  });

  it("reads the templates from the API's usual list envelope too", async () => {
    stubApi({ [WINDOW]: { body: CLOSED }, [TEMPLATES]: { body: { items: [FOLLOW_UP] } } });

    renderComposer();

    expect(
      await screen.findByRole('option', { name: 'retomada_proposta (pt_BR)' }),
    ).toBeInTheDocument();
  });

  it('is disabled for a lead without a phone, without asking the API', () => {
    const api = stubApi({ [WINDOW]: { body: OPEN } });

    renderComposer({ leadPhone: null });

    expect(screen.getByText(/Este lead não tem telefone cadastrado/)).toBeVisible();
    expect(screen.getByRole('textbox', { name: 'Mensagem de WhatsApp' })).toBeDisabled();
    expect(api.requestsTo(WINDOW)).toHaveLength(0);
  });
});
