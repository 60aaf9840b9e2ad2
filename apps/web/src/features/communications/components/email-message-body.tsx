import type { CommunicationResponse, EmailMetadata } from '@loved/shared';
import { ImageOff, Reply } from 'lucide-react';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { EmailHtmlView } from '@/features/communications/components/email-html-view';
import { useTranslation } from '@/lib/i18n/use-translation';

export type EmailMessageBodyProps = {
  communication: CommunicationResponse;
  email: EmailMetadata;
  /** Offered as "Responder" when given (the lead has an e-mail composer). */
  onReply?: (communication: CommunicationResponse) => void;
};

/**
 * An e-mail on the timeline: the thread it belongs to, cc, the text, and the formatted version
 * on request (remote images only after a second request).
 */
export function EmailMessageBody({
  communication,
  email,
  onReply,
}: EmailMessageBodyProps): React.JSX.Element {
  const { t } = useTranslation();
  const [isFormatted, setIsFormatted] = useState(false);
  const [showImages, setShowImages] = useState(false);
  const isInThread = email.in_reply_to !== null || email.thread_id !== email.message_id;

  return (
    <div className="mb-3 flex flex-col gap-2">
      {isInThread && communication.subject ? (
        <p className="text-xs text-muted-foreground">
          {t('timeline.email.thread', { subject: communication.subject })}
        </p>
      ) : null}
      {email.cc.length > 0 ? (
        <p className="text-xs text-muted-foreground">
          {t('timeline.email.cc', { value: email.cc.join(', ') })}
        </p>
      ) : null}
      {isFormatted && email.html ? (
        <>
          {email.has_remote_images && !showImages ? (
            <div className="flex flex-wrap items-center gap-2 text-xs text-muted-foreground">
              <ImageOff aria-hidden="true" className="size-3" />
              <span>{t('timeline.email.imagesBlocked')}</span>
              <Button variant="outline" size="sm" onClick={() => setShowImages(true)}>
                {t('timeline.email.showImages')}
              </Button>
            </div>
          ) : null}
          <EmailHtmlView html={email.html} showImages={showImages} />
        </>
      ) : communication.content ? (
        <p className="text-sm break-words whitespace-pre-wrap text-foreground/90">
          {communication.content}
        </p>
      ) : null}
      <div className="flex flex-wrap gap-2">
        {email.html ? (
          <Button
            variant="ghost"
            size="sm"
            aria-pressed={isFormatted}
            onClick={() => setIsFormatted((current) => !current)}
          >
            {isFormatted ? t('timeline.email.showPlain') : t('timeline.email.showFormatted')}
          </Button>
        ) : null}
        {onReply ? (
          <Button variant="outline" size="sm" onClick={() => onReply(communication)}>
            <Reply aria-hidden="true" />
            {t('timeline.email.reply')}
          </Button>
        ) : null}
      </div>
    </div>
  );
}
