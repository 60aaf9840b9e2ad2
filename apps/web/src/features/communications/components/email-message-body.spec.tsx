import type { CommunicationResponse, EmailMetadata } from '@loved/shared';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { TimelineEntry } from '@/features/communications/components/timeline-entry';
import { makeCommunication } from '@/testing/communication-factory';
import { renderWithProviders } from '@/testing/render-with-providers';
import { signInForTest } from '@/testing/session';

const REMOTE = 'https://tracker.example.com/pixel.png';

function makeEmail(
  metadata: Partial<EmailMetadata> = {},
  overrides: Partial<CommunicationResponse> = {},
): CommunicationResponse {
  const email: EmailMetadata = {
    message_id: '<m2@agencia.test>',
    in_reply_to: '<m1@agencia.test>',
    references: ['<m1@agencia.test>'],
    thread_id: '<m1@agencia.test>',
    from_email: 'ana@cliente.test',
    from_name: 'Ana',
    to_email: ['contato@agencia.test'],
    cc: ['socio@cliente.test'],
    html: `<p>Olá, <strong>segue</strong> a proposta.</p><img alt="logo" data-blocked-src="${REMOTE}">`,
    has_remote_images: true,
    ...metadata,
  };
  return makeCommunication({
    channel: 'email',
    direction: 'inbound',
    subject: 'Proposta de casamento',
    content: 'Olá, segue a proposta.',
    metadata: email,
    ...overrides,
  });
}

function renderEmail(
  communication: CommunicationResponse,
  onReplyEmail?: (communication: CommunicationResponse) => void,
): void {
  renderWithProviders(
    <ol>
      <TimelineEntry communication={communication} onReplyEmail={onReplyEmail} />
    </ol>,
  );
}

describe('TimelineEntry for e-mail', () => {
  beforeEach(() => {
    signInForTest();
  });

  it('shows the subject, who wrote to whom with cc, the thread and the text', () => {
    renderEmail(makeEmail());

    expect(screen.getByRole('heading', { name: 'Proposta de casamento' })).toBeVisible();
    expect(screen.getByText('De: ana@cliente.test')).toBeVisible();
    expect(screen.getByText('Para: contato@agencia.test')).toBeVisible();
    expect(screen.getByText('Cc: socio@cliente.test')).toBeVisible();
    expect(screen.getByText('Conversa: Proposta de casamento')).toBeVisible();
    expect(screen.getByText('Olá, segue a proposta.')).toBeVisible();
  });

  it('toggles between the text and the formatted HTML', async () => {
    const user = userEvent.setup();
    renderEmail(makeEmail());

    expect(screen.queryByRole('document', { name: 'E-mail formatado' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Ver formatado' }));

    const formatted = screen.getByRole('document', { name: 'E-mail formatado' });
    expect(formatted.querySelector('strong')).toHaveTextContent('segue');
    await user.click(screen.getByRole('button', { name: 'Ver texto' }));
    expect(screen.queryByRole('document', { name: 'E-mail formatado' })).not.toBeInTheDocument();
  });

  it('keeps remote images blocked until the reader asks for them', async () => {
    const user = userEvent.setup();
    renderEmail(makeEmail());
    await user.click(screen.getByRole('button', { name: 'Ver formatado' }));

    const image = screen.getByRole('img', { name: 'logo' });
    expect(image).not.toHaveAttribute('src');
    await user.click(screen.getByRole('button', { name: 'Mostrar imagens' }));

    expect(screen.getByRole('img', { name: 'logo' })).toHaveAttribute('src', REMOTE);
    expect(screen.queryByRole('button', { name: 'Mostrar imagens' })).not.toBeInTheDocument();
  });

  it('offers no formatted view for an e-mail without HTML', () => {
    renderEmail(makeEmail({ html: null, has_remote_images: false }));
    expect(screen.queryByRole('button', { name: 'Ver formatado' })).not.toBeInTheDocument();
  });

  it('hands the e-mail to the composer when Responder is clicked', async () => {
    const user = userEvent.setup();
    const handleReply = vi.fn();
    const email = makeEmail();
    renderEmail(email, handleReply);

    await user.click(screen.getByRole('button', { name: 'Responder' }));

    expect(handleReply).toHaveBeenCalledWith(email);
  });
});
