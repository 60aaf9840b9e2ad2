import type { CommunicationResponse } from '@loved/shared';
import { useMemo, useState } from 'react';
import type { ComposerTab } from '@/features/communications/types/composer-tab';
import { replySubjectOf } from '@/features/communications/utils/email-message';
import { addToTimelines } from '@/features/communications/utils/timeline-cache';
import { EmailComposer } from '@/features/email/components/email-composer';
import type { EmailReplyTarget } from '@/features/email/types/email-composer';
import { useLeadRecord } from '@/features/leads/hooks/use-lead-record';
import { uploadFile } from '@/features/whatsapp/api/upload-file';
import { useTranslation } from '@/lib/i18n/use-translation';
import { CHANNEL_STYLES } from '@/utils/channel-style';

export type EmailComposerTab = {
  /** The e-mail tab, only when the lead has an address. */
  tabs: readonly ComposerTab[];
  /** "Responder" on a timeline e-mail: pre-fills the composer; absent without the tab. */
  handleReply?: (communication: CommunicationResponse) => void;
};

/**
 * The timeline composer's e-mail tab: the email feature's composer, shown when the lead (leads
 * feature) has an address, uploading with the WhatsApp composer's files endpoint and writing
 * what it sends into the timeline's cache (communications feature).
 */
export function useEmailComposerTab(leadId: string): EmailComposerTab {
  const { t } = useTranslation();
  const lead = useLeadRecord(leadId);
  const [replyTo, setReplyTo] = useState<EmailReplyTarget | null>(null);
  const hasEmail = Boolean(lead?.email);
  const label = t('channels.email');

  const tabs = useMemo<readonly ComposerTab[]>(() => {
    if (!hasEmail) return [];
    return [
      {
        value: 'email',
        label,
        icon: CHANNEL_STYLES.email.icon,
        content: (
          <EmailComposer
            // A new reply starts a fresh form with its own subject.
            key={replyTo?.communicationId ?? 'new'}
            leadId={leadId}
            replyTo={replyTo}
            uploadFile={uploadFile}
            onSent={addToTimelines}
            onCancelReply={() => setReplyTo(null)}
          />
        ),
      },
    ];
  }, [hasEmail, label, leadId, replyTo]);

  if (!hasEmail) return { tabs };
  return {
    tabs,
    handleReply: (communication) =>
      setReplyTo({
        communicationId: communication.id,
        subject: replySubjectOf(communication.subject),
      }),
  };
}
