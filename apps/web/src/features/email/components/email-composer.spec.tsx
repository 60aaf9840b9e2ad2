import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { EmailComposer } from '@/features/email/components/email-composer';
import { makeCommunication } from '@/testing/communication-factory';
import { renderWithProviders } from '@/testing/render-with-providers';
import { signInForTest } from '@/testing/session';
import { stubApi } from '@/testing/stub-api';

const SEND = 'POST /communications/email/send';
const LEAD_ID = 'lead-1';

describe('EmailComposer', () => {
  beforeEach(() => {
    signInForTest();
  });

  it('sends one request with the subject, text, cc and uploaded file ids', async () => {
    const sent = makeCommunication({
      channel: 'email',
      direction: 'outbound',
      subject: 'Orçamento',
    });
    const api = stubApi({ [SEND]: { status: 201, body: sent } });
    const uploadFile = vi.fn().mockResolvedValue({ id: 'file-1' });
    const handleSent = vi.fn();
    const user = userEvent.setup();
    renderWithProviders(
      <EmailComposer leadId={LEAD_ID} uploadFile={uploadFile} onSent={handleSent} />,
    );

    await user.type(screen.getByLabelText('Assunto'), 'Orçamento');
    await user.type(screen.getByLabelText('Cc'), 'socio@cliente.test, outra@cliente.test');
    await user.type(screen.getByLabelText('Mensagem'), 'Segue o orçamento.');
    await user.upload(
      screen.getByLabelText('Anexar arquivo', { selector: 'input' }),
      new File(['pdf'], 'orcamento.pdf', { type: 'application/pdf' }),
    );
    expect(await screen.findByText('orcamento.pdf')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Enviar e-mail' }));

    await vi.waitFor(() => expect(handleSent).toHaveBeenCalledWith(sent));
    expect(uploadFile).toHaveBeenCalledWith({ leadId: LEAD_ID, file: expect.any(File) });
    expect(api.requestsTo(SEND)).toHaveLength(1);
    expect(api.requestsTo(SEND)[0]?.body).toEqual({
      lead_id: LEAD_ID,
      subject: 'Orçamento',
      body_text: 'Segue o orçamento.',
      cc: ['socio@cliente.test', 'outra@cliente.test'],
      file_ids: ['file-1'],
    });
    expect(screen.getByLabelText('Assunto')).toHaveValue('');
  });

  it('pre-fills a reply with "Re:" and sends it as in_reply_to', async () => {
    const api = stubApi({ [SEND]: { status: 201, body: makeCommunication({ channel: 'email' }) } });
    const user = userEvent.setup();
    renderWithProviders(
      <EmailComposer
        leadId={LEAD_ID}
        replyTo={{ communicationId: 'comm-9', subject: 'Re: Proposta' }}
        uploadFile={vi.fn()}
        onSent={vi.fn()}
      />,
    );

    expect(screen.getByLabelText('Assunto')).toHaveValue('Re: Proposta');
    expect(screen.getByText('Respondendo a: Re: Proposta')).toBeVisible();
    await user.type(screen.getByLabelText('Mensagem'), 'Combinado!');
    await user.click(screen.getByRole('button', { name: 'Enviar e-mail' }));

    await vi.waitFor(() => expect(api.requestsTo(SEND)).toHaveLength(1));
    expect(api.requestsTo(SEND)[0]?.body).toEqual({
      lead_id: LEAD_ID,
      subject: 'Re: Proposta',
      body_text: 'Combinado!',
      in_reply_to: 'comm-9',
    });
  });

  it('says in Portuguese that no mailbox is connected', async () => {
    stubApi({
      [SEND]: {
        status: 409,
        body: {
          type: 'about:blank',
          title: 'Conflict',
          status: 409,
          detail: 'x',
          code: 'EMAIL_NOT_CONNECTED',
        },
      },
    });
    const user = userEvent.setup();
    renderWithProviders(<EmailComposer leadId={LEAD_ID} uploadFile={vi.fn()} onSent={vi.fn()} />);

    await user.type(screen.getByLabelText('Assunto'), 'Oi');
    await user.type(screen.getByLabelText('Mensagem'), 'Tudo bem?');
    await user.click(screen.getByRole('button', { name: 'Enviar e-mail' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Nenhuma caixa de e-mail está conectada.',
    );
  });

  it('checks the cc addresses before sending', async () => {
    const api = stubApi({});
    const user = userEvent.setup();
    renderWithProviders(<EmailComposer leadId={LEAD_ID} uploadFile={vi.fn()} onSent={vi.fn()} />);

    await user.type(screen.getByLabelText('Assunto'), 'Oi');
    await user.type(screen.getByLabelText('Mensagem'), 'Tudo bem?');
    await user.type(screen.getByLabelText('Cc'), 'nao-e-email');
    await user.click(screen.getByRole('button', { name: 'Enviar e-mail' }));

    expect(await screen.findByText('Confira os endereços em cópia: nao-e-email')).toBeVisible();
    expect(api.requestsTo(SEND)).toHaveLength(0);
  });
});
