import type { CommunicationResponse } from '@loved/shared';
import { useEffect, useId, useState } from 'react';
import { ErrorState } from '@/components/error-state';
import { Spinner } from '@/components/ui/spinner';
import { useWhatsAppWindow } from '@/features/whatsapp/api/get-whatsapp-window';
import { WhatsAppComposerNotice } from '@/features/whatsapp/components/whatsapp-composer-notice';
import { WhatsAppMessageForm } from '@/features/whatsapp/components/whatsapp-message-form';
import { WhatsAppTemplateForm } from '@/features/whatsapp/components/whatsapp-template-form';
import { whatsAppBlockOf, type WhatsAppBlock } from '@/features/whatsapp/utils/whatsapp-block';
import { describeError } from '@/lib/describe-error';
import { useTranslation } from '@/lib/i18n/use-translation';

/** setTimeout's longest delay (a longer one fires at once); a window closes within 24 h. */
const MAX_TIMER_MS = 2_147_483_647;
/** Asks a little after the closing time, so the server agrees the window has closed. */
const CLOSING_MARGIN_MS = 1_000;

export type WhatsAppComposerProps = {
  leadId: string;
  /** The lead's phone: null when it has none (nothing can be sent); undefined while unknown. */
  leadPhone?: string | null;
  /** Where an admin connects WhatsApp; left out for members who cannot. */
  settingsPath?: string;
  /** Shows the sent message on the timeline at once. */
  onSent: (communication: CommunicationResponse) => void;
};

/**
 * Sends a WhatsApp message to the lead: free text or a file while the customer's 24-hour window
 * is open, an approved template once it has closed. Disabled, with the reason, when WhatsApp is
 * not connected or the lead has no phone.
 */
export function WhatsAppComposer({
  leadId,
  leadPhone,
  settingsPath,
  onSent,
}: WhatsAppComposerProps): React.JSX.Element {
  const { t, dictionary } = useTranslation();
  const noticeId = useId();
  const hasNoPhone = leadPhone === null;
  const conversation = useWhatsAppWindow(leadId, { enabled: !hasNoPhone });
  const { refetch } = conversation;
  // What a refused send said (not connected, no phone), until the composer is opened again.
  const [sendBlock, setSendBlock] = useState<WhatsAppBlock | null>(null);
  const handleConversationChanged = (error: unknown): void => {
    setSendBlock(whatsAppBlockOf(error));
    void refetch();
  };
  const isOpen = conversation.data?.open ?? false;
  const closesAt = conversation.data?.closes_at ?? null;

  // The window closes by the clock, not by an event: ask again when it should have.
  useEffect(() => {
    if (!isOpen || !closesAt) return;
    const untilClosed = Date.parse(closesAt) - Date.now() + CLOSING_MARGIN_MS;
    const delay = Math.min(Math.max(untilClosed, CLOSING_MARGIN_MS), MAX_TIMER_MS);
    const timer = window.setTimeout(() => void refetch(), delay);
    return () => window.clearTimeout(timer);
  }, [isOpen, closesAt, refetch]);

  const block: WhatsAppBlock | null = hasNoPhone
    ? 'no_phone'
    : (whatsAppBlockOf(conversation.error) ?? sendBlock);
  if (block) {
    return (
      <div className="flex flex-col gap-3">
        <WhatsAppComposerNotice id={noticeId} block={block} settingsPath={settingsPath} />
        <WhatsAppMessageForm
          leadId={leadId}
          disabledBy={noticeId}
          onSent={onSent}
          onConversationChanged={handleConversationChanged}
        />
      </div>
    );
  }
  if (conversation.isPending) {
    return (
      <Spinner className="text-sm text-muted-foreground">{t('whatsapp.composer.loading')}</Spinner>
    );
  }
  if (conversation.isError) {
    return (
      <ErrorState
        title={t('whatsapp.composer.loadError')}
        message={describeError(conversation.error, t, dictionary)}
        onRetry={() => void refetch()}
      />
    );
  }
  if (!conversation.data.open) {
    return (
      <WhatsAppTemplateForm
        leadId={leadId}
        lastInboundAt={conversation.data.last_inbound_at}
        onSent={onSent}
        onConversationChanged={handleConversationChanged}
      />
    );
  }
  return (
    <WhatsAppMessageForm
      leadId={leadId}
      closesAt={closesAt}
      onSent={onSent}
      onConversationChanged={handleConversationChanged}
    />
  );
}
