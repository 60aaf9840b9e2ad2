import type { CommunicationResponse } from '@loved/shared';
import { Paperclip } from 'lucide-react';
import { Badge } from '@/components/ui/badge';
import { CommunicationMetadata } from '@/features/communications/components/communication-metadata';
import { EmailMessageBody } from '@/features/communications/components/email-message-body';
import { NoteContent } from '@/features/communications/components/note-content';
import { VoipCallBody } from '@/features/communications/components/voip-call-body';
import { WhatsAppFailureNote } from '@/features/communications/components/whatsapp-failure-note';
import { WhatsAppMessageBody } from '@/features/communications/components/whatsapp-message-body';
import { WhatsAppStatusTicks } from '@/features/communications/components/whatsapp-status-ticks';
import { emailMetadataOf } from '@/features/communications/utils/email-message';
import { twilioCallOf } from '@/features/communications/utils/voip-call';
import { describeWhatsAppFailure } from '@/features/communications/utils/whatsapp-failure';
import { whatsAppErrorOf } from '@/features/communications/utils/whatsapp-message';
import { cn } from '@/lib/cn';
import { useTranslation } from '@/lib/i18n/use-translation';
import { CHANNEL_STYLES } from '@/utils/channel-style';

export type TimelineEntryProps = {
  communication: CommunicationResponse;
  /** Who wrote it in the CRM (a note, a message or call sent from here); none for inbound. */
  authorName?: string;
  /** Offered on e-mails as "Responder" when the lead page has an e-mail composer. */
  onReplyEmail?: (communication: CommunicationResponse) => void;
  /** Names of the members a note mentions (`metadata.mentions`), highlighted in its text. */
  mentionNames?: readonly string[];
};

/**
 * One communication, as in the seed: channel avatar, badges, author and time, subject, text,
 * extras.
 */
export function TimelineEntry({
  communication,
  authorName,
  onReplyEmail,
  mentionNames,
}: TimelineEntryProps): React.JSX.Element {
  const { t, dictionary, relative, dateTime } = useTranslation();
  const style = CHANNEL_STYLES[communication.channel];
  const Icon = style.icon;
  const attachments = communication.attachments.length;
  const isWhatsApp = communication.channel === 'whatsapp';
  const whatsAppError =
    isWhatsApp && communication.status === 'failed' ? whatsAppErrorOf(communication) : null;
  const failureReason =
    isWhatsApp && communication.status === 'failed'
      ? describeWhatsAppFailure(whatsAppError, t, dictionary)
      : undefined;
  // A call through Twilio has its own body; one logged by hand keeps the generic one.
  const call = twilioCallOf(communication);
  const email = emailMetadataOf(communication);
  const hasGenericBody = !isWhatsApp && call === null;
  const { direction } = communication;

  return (
    <li
      className="relative flex items-start gap-3 pb-6 sm:gap-4"
      data-communication-id={communication.id}
    >
      <span
        aria-hidden="true"
        className={cn(
          'relative z-10 grid size-10 shrink-0 place-items-center rounded-full ring-4 ring-background sm:size-12',
          style.softClass,
        )}
      >
        <Icon className="size-4" />
      </span>
      <article className="min-w-0 flex-1 rounded-xl border border-border bg-surface p-4 shadow-xs">
        <header className="mb-2 flex flex-wrap items-center justify-between gap-2">
          <div className="flex flex-wrap items-center gap-2">
            <Badge variant="outline" className={cn('border-transparent', style.softClass)}>
              {t(`channels.${communication.channel}`)}
            </Badge>
            <Badge variant={direction === 'inbound' ? 'default' : 'secondary'}>
              {communication.channel === 'voip' && direction !== 'internal'
                ? t(`timeline.callDirections.${direction}`)
                : t(`timeline.directions.${direction}`)}
            </Badge>
          </div>
          <div className="flex items-center gap-1.5 text-xs text-muted-foreground">
            {authorName ? (
              <>
                <span>{t('timeline.byAuthor', { name: authorName })}</span>
                <span aria-hidden="true">·</span>
              </>
            ) : null}
            <time dateTime={communication.sent_at} title={dateTime(communication.sent_at)}>
              {relative(communication.sent_at)}
            </time>
            {isWhatsApp && direction === 'outbound' ? (
              <WhatsAppStatusTicks status={communication.status} failureReason={failureReason} />
            ) : null}
          </div>
        </header>
        {communication.subject ? (
          <h3 className="mb-2 text-sm font-medium">{communication.subject}</h3>
        ) : null}
        {isWhatsApp ? (
          <div className="mb-3">
            <WhatsAppMessageBody communication={communication} />
          </div>
        ) : null}
        {call ? (
          <div className="mb-3">
            <VoipCallBody communication={communication} call={call} />
          </div>
        ) : null}
        {email ? (
          <EmailMessageBody communication={communication} email={email} onReply={onReplyEmail} />
        ) : null}
        {hasGenericBody && !email && communication.content ? (
          <p className="mb-3 text-sm break-words whitespace-pre-wrap text-foreground/90">
            {mentionNames?.length ? (
              <NoteContent content={communication.content} mentionNames={mentionNames} />
            ) : (
              communication.content
            )}
          </p>
        ) : null}
        {failureReason !== undefined ? (
          <WhatsAppFailureNote reason={failureReason} error={whatsAppError} />
        ) : null}
        {hasGenericBody && attachments > 0 ? (
          <p className="mb-2 flex items-center gap-1.5 text-xs text-muted-foreground">
            <Paperclip aria-hidden="true" className="size-3" />
            {attachments === 1
              ? t('timeline.attachmentsOne')
              : t('timeline.attachmentsOther', { count: attachments })}
          </p>
        ) : null}
        {call ? null : <CommunicationMetadata communication={communication} />}
      </article>
    </li>
  );
}
