import type { CommunicationResponse } from '@loved/shared';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { Toaster } from '@/components/toaster';
import { CallLeadButton } from '@/features/calls/components/call-lead-button';
import { useToastStore } from '@/stores/toast.store';
import { makeCommunication } from '@/testing/communication-factory';
import { renderWithProviders } from '@/testing/render-with-providers';
import { signInForTest } from '@/testing/session';
import { stubApi, type StubHandler, type StubReply } from '@/testing/stub-api';

const CALL = 'POST /communications/voip/call';
const LEAD_ID = '00000000-0000-4000-8000-0000000000c1';

const QUEUED = makeCommunication({
  lead_id: LEAD_ID,
  channel: 'voip',
  direction: 'outbound',
  content: 'Chamando…',
  status: 'pending',
  metadata: {
    provider: 'twilio',
    call_sid: 'CA0123456789abcdef0123456789abcdef',
    caller_number: '+551140028922',
    called_number: '+5511912345678',
    agent_phone: '+5511987654321',
    call_status: 'queued',
    duration_seconds: null,
  },
});

function problem(status: number, body: Record<string, unknown>): StubReply {
  return { status, body: { type: 'about:blank', title: 'Error', status, detail: 'x', ...body } };
}

function renderButton(
  leadPhone: string | null = '+5511912345678',
): (communication: CommunicationResponse) => void {
  const onPlaced = vi.fn<(communication: CommunicationResponse) => void>();
  renderWithProviders(
    <>
      <CallLeadButton
        leadId={LEAD_ID}
        leadName="Padaria Pão Quente"
        leadPhone={leadPhone}
        onPlaced={onPlaced}
      />
      <Toaster />
    </>,
  );
  return onPlaced;
}

describe('CallLeadButton', () => {
  beforeEach(() => {
    signInForTest({ role: 'agent' });
    useToastStore.setState({ toasts: [] });
  });

  it('calls the lead, hands the new call to the timeline and says whose phone rings', async () => {
    let answer: (reply: StubReply) => void = () => undefined;
    const call: StubHandler = () => new Promise<StubReply>((resolve) => (answer = resolve));
    const api = stubApi({ [CALL]: call });
    const user = userEvent.setup();
    const onPlaced = renderButton();

    const button = screen.getByRole('button', {
      name: 'Ligar para Padaria Pão Quente (+5511912345678)',
    });
    await user.click(button);

    expect(button).toBeDisabled();
    expect(button).toHaveTextContent('Chamando…');
    expect(api.requestsTo(CALL)[0]?.body).toEqual({ lead_id: LEAD_ID });
    answer({ status: 201, body: QUEUED });

    expect(await screen.findByText('Chamando Padaria Pão Quente…')).toBeVisible();
    expect(
      screen.getByText(
        'O telefone do lead vai tocar e, quando ele atender, conectamos você em +5511987654321.',
      ),
    ).toBeVisible();
    expect(onPlaced).toHaveBeenCalledWith(QUEUED);
    expect(button).toBeEnabled();
    expect(button).toHaveTextContent('Ligar');
  });

  it('works from the keyboard', async () => {
    const api = stubApi({ [CALL]: { status: 201, body: QUEUED } });
    const user = userEvent.setup();
    renderButton();

    await user.tab();
    expect(screen.getByRole('button', { name: /^Ligar para/ })).toHaveFocus();
    await user.keyboard('{Enter}');

    expect(await screen.findByText('Chamando Padaria Pão Quente…')).toBeVisible();
    expect(api.requestsTo(CALL)).toHaveLength(1);
  });

  it('tells the rep to ask an admin when Twilio is not connected', async () => {
    stubApi({ [CALL]: problem(409, { code: 'TWILIO_NOT_CONNECTED' }) });
    const user = userEvent.setup();
    const onPlaced = renderButton();

    await user.click(screen.getByRole('button', { name: /^Ligar para/ }));

    expect(
      await screen.findByText(
        'A Twilio não está conectada. Peça a um administrador para conectar em Configurações → Integrações.',
      ),
    ).toBeVisible();
    expect(onPlaced).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: /^Ligar para/ })).toBeEnabled();
  });

  it("adds Twilio's reason when Twilio refuses the call", async () => {
    stubApi({
      [CALL]: problem(422, {
        code: 'TWILIO_CALL_REFUSED',
        detail: 'Twilio refused the call: The number +5511912345678 is unverified.',
      }),
    });
    const user = userEvent.setup();
    renderButton();

    await user.click(screen.getByRole('button', { name: /^Ligar para/ }));

    expect(
      await screen.findByText(
        'A Twilio recusou a ligação. Confira o telefone do lead e o número do atendente.',
      ),
    ).toBeVisible();
    expect(
      screen.getByText(
        'Resposta da Twilio: Twilio refused the call: The number +5511912345678 is unverified.',
      ),
    ).toBeVisible();
  });

  it('says the lead has no phone in words about calls, not WhatsApp', async () => {
    stubApi({ [CALL]: problem(422, { code: 'LEAD_HAS_NO_PHONE' }) });
    const user = userEvent.setup();
    renderButton();

    await user.click(screen.getByRole('button', { name: /^Ligar para/ }));

    expect(
      await screen.findByText(
        'Este lead não tem telefone cadastrado. Adicione um telefone nos dados do lead.',
      ),
    ).toBeVisible();
  });

  it('is not offered for a lead without a phone', () => {
    const api = stubApi({});
    renderButton(null);

    expect(screen.queryByRole('button', { name: /Ligar/ })).not.toBeInTheDocument();
    expect(api.requests).toHaveLength(0);
  });
});
