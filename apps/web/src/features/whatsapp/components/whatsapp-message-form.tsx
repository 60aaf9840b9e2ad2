import type { CommunicationResponse, SendWhatsAppRequest } from '@loved/shared';
import { Paperclip, SendHorizontal } from 'lucide-react';
import { useRef, useState, type ChangeEvent, type FormEvent, type KeyboardEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Textarea } from '@/components/ui/textarea';
import { deleteFile } from '@/features/whatsapp/api/delete-file';
import { useSendWhatsApp } from '@/features/whatsapp/api/send-whatsapp';
import { useUploadFile } from '@/features/whatsapp/api/upload-file';
import { WhatsAppAttachmentChip } from '@/features/whatsapp/components/whatsapp-attachment-chip';
import { changesConversation } from '@/features/whatsapp/utils/send-outcome';
import { useShowSendFailure } from '@/features/whatsapp/hooks/use-show-send-failure';
import { useNow } from '@/hooks/use-now';
import { describeError } from '@/lib/describe-error';
import { useTranslation } from '@/lib/i18n/use-translation';
import { showToast } from '@/stores/toast.store';
import { windowCountdownText } from '@/utils/window-countdown-text';

/** WhatsApp's limits: a text message, and a media caption. */
const MAX_TEXT_LENGTH = 4096;
const MAX_CAPTION_LENGTH = 1024;

type Attachment = { file: File; fileId: string | null };

export type WhatsAppMessageFormProps = {
  leadId: string;
  /** When the 24-hour window closes: a countdown beside the box, ticking each minute. */
  closesAt?: string | null;
  /** The id of the text that explains why nothing can be sent; the form is disabled then. */
  disabledBy?: string;
  onSent: (communication: CommunicationResponse) => void;
  /** A send found the conversation changed (window closed, WhatsApp disconnected): ask again. */
  onConversationChanged: (error: unknown) => void;
};

/** Free text (Enter sends, Shift+Enter breaks the line) or a file with an optional caption. */
export function WhatsAppMessageForm({
  leadId,
  closesAt,
  disabledBy,
  onSent,
  onConversationChanged,
}: WhatsAppMessageFormProps): React.JSX.Element {
  const { t, dictionary } = useTranslation();
  const now = useNow();
  const send = useSendWhatsApp({ onSent });
  const showFailure = useShowSendFailure();
  const upload = useUploadFile();
  const fileInputRef = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [attachment, setAttachment] = useState<Attachment | null>(null);
  const [error, setError] = useState<string | undefined>();
  const isDisabled = disabledBy !== undefined;
  const isUploading = attachment !== null && attachment.fileId === null;
  const isBusy = send.isPending || isUploading;

  const handleFileChosen = async (event: ChangeEvent<HTMLInputElement>): Promise<void> => {
    const file = event.target.files?.[0];
    // The same file may be chosen again after it was removed.
    event.target.value = '';
    if (!file) return;
    setError(undefined);
    setAttachment({ file, fileId: null });
    try {
      const uploaded = await upload.mutateAsync({ leadId, file });
      // Kept only if the user has not removed or replaced the file meanwhile.
      setAttachment((current) =>
        current?.file === file ? { file, fileId: uploaded.id } : current,
      );
    } catch (failure) {
      setAttachment((current) => (current?.file === file ? null : current));
      setError(describeError(failure, t, dictionary));
    }
  };

  const handleRemoveAttachment = (): void => {
    const fileId = attachment?.fileId;
    setAttachment(null);
    // Best effort: an unsent upload left behind only takes space.
    if (fileId) void deleteFile(fileId).catch(() => undefined);
  };

  const requestOf = (): SendWhatsAppRequest | null => {
    const message = text.trim();
    if (attachment?.fileId) {
      return {
        lead_id: leadId,
        file_id: attachment.fileId,
        ...(message ? { caption: message } : {}),
      };
    }
    return message ? { lead_id: leadId, text: message } : null;
  };

  const handleSubmit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    if (isDisabled || isBusy) return;
    const request = requestOf();
    if (!request) {
      setError(t('whatsapp.composer.empty'));
      return;
    }
    setError(undefined);
    try {
      const communication = await send.mutateAsync(request);
      setText('');
      setAttachment(null);
      if (communication.status === 'failed') showFailure(communication);
    } catch (failure) {
      const message = describeError(failure, t, dictionary);
      if (changesConversation(failure)) {
        // The composer changes shape (templates, or disabled): the message goes to a toast.
        showToast({ title: message, variant: 'destructive' });
        onConversationChanged(failure);
        return;
      }
      setError(message);
    }
  };

  const handleKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>): void => {
    if (event.key !== 'Enter' || event.shiftKey || event.nativeEvent.isComposing) return;
    event.preventDefault();
    event.currentTarget.form?.requestSubmit();
  };

  const hint = isDisabled
    ? undefined
    : [t('whatsapp.composer.keyboardHint'), closesAt ? windowCountdownText(closesAt, now, t) : null]
        .filter(Boolean)
        .join(' ');

  return (
    <form className="flex flex-col gap-3" onSubmit={handleSubmit} noValidate>
      <Field
        label={attachment ? t('whatsapp.composer.caption') : t('whatsapp.composer.message')}
        hint={hint}
        error={error}
      >
        {(control) => (
          <Textarea
            {...control}
            aria-describedby={
              [control['aria-describedby'], disabledBy].filter(Boolean).join(' ') || undefined
            }
            className="min-h-16"
            placeholder={attachment ? undefined : t('whatsapp.composer.placeholder')}
            value={text}
            maxLength={attachment ? MAX_CAPTION_LENGTH : MAX_TEXT_LENGTH}
            disabled={isDisabled}
            onChange={(event) => setText(event.target.value)}
            onKeyDown={handleKeyDown}
          />
        )}
      </Field>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div className="flex min-w-0 items-center gap-2">
          <input
            ref={fileInputRef}
            type="file"
            tabIndex={-1}
            aria-hidden="true"
            className="sr-only"
            disabled={isDisabled}
            onChange={(event) => void handleFileChosen(event)}
          />
          <Button
            variant="outline"
            aria-label={t('whatsapp.composer.attach')}
            title={t('whatsapp.composer.attach')}
            disabled={isDisabled || isBusy}
            onClick={() => fileInputRef.current?.click()}
          >
            <Paperclip aria-hidden="true" />
          </Button>
          {attachment ? (
            <WhatsAppAttachmentChip
              name={attachment.file.name}
              sizeBytes={attachment.file.size}
              isUploading={isUploading}
              onRemove={handleRemoveAttachment}
            />
          ) : null}
        </div>
        <Button type="submit" disabled={isDisabled || isBusy}>
          <SendHorizontal aria-hidden="true" />
          {send.isPending ? t('whatsapp.composer.sending') : t('whatsapp.composer.send')}
        </Button>
      </div>
    </form>
  );
}
