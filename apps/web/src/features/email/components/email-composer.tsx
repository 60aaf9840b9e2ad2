import type { CommunicationResponse, SendEmailRequest } from '@loved/shared';
import { Paperclip, SendHorizontal, X } from 'lucide-react';
import { useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { Spinner } from '@/components/ui/spinner';
import { Textarea } from '@/components/ui/textarea';
import { useSendEmail } from '@/features/email/api/send-email';
import type { EmailReplyTarget, UploadEmailFile } from '@/features/email/types/email-composer';
import { describeError, fieldErrorsOf } from '@/lib/describe-error';
import { useTranslation } from '@/lib/i18n/use-translation';
import { showToast } from '@/stores/toast.store';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

type Attachment = { key: number; file: File; fileId: string | null };

export type EmailComposerProps = {
  leadId: string;
  /** The e-mail answered, pre-filling "Re: …"; none for a new message. */
  replyTo?: EmailReplyTarget | null;
  uploadFile: UploadEmailFile;
  onSent: (communication: CommunicationResponse) => void;
  onCancelReply?: () => void;
};

/** Addresses typed with commas (or semicolons), without the blanks. */
function addressesOf(value: string): string[] {
  return value
    .split(/[,;]/)
    .map((part) => part.trim())
    .filter(Boolean);
}

/**
 * An e-mail to the lead from the connected mailbox: subject, plain-text body, cc and files.
 * Files are uploaded as soon as they are chosen and sent by id.
 */
export function EmailComposer({
  leadId,
  replyTo,
  uploadFile,
  onSent,
  onCancelReply,
}: EmailComposerProps): React.JSX.Element {
  const { t, dictionary } = useTranslation();
  const send = useSendEmail({ onSent });
  const fileInputRef = useRef<HTMLInputElement>(null);
  const nextKey = useRef(0);
  const [subject, setSubject] = useState(replyTo?.subject ?? '');
  const [body, setBody] = useState('');
  const [cc, setCc] = useState('');
  const [attachments, setAttachments] = useState<Attachment[]>([]);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | undefined>();
  const isUploading = attachments.some((attachment) => attachment.fileId === null);
  const isBusy = send.isPending || isUploading;

  const handleFileChosen = async (event: ChangeEvent<HTMLInputElement>): Promise<void> => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const key = nextKey.current++;
    setFormError(undefined);
    setAttachments((current) => [...current, { key, file, fileId: null }]);
    try {
      const uploaded = await uploadFile({ leadId, file });
      setAttachments((current) =>
        current.map((item) => (item.key === key ? { ...item, fileId: uploaded.id } : item)),
      );
    } catch (failure) {
      setAttachments((current) => current.filter((item) => item.key !== key));
      setFormError(describeError(failure, t, dictionary));
    }
  };

  const handleRemove = (key: number): void =>
    setAttachments((current) => current.filter((item) => item.key !== key));

  const handleSubmit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    if (isBusy) return;
    const ccList = addressesOf(cc);
    const problems: Record<string, string> = {};
    if (!subject.trim()) problems.subject = t('validation.required');
    if (!body.trim()) problems.body_text = t('validation.required');
    const badCc = ccList.filter((address) => !EMAIL.test(address));
    if (badCc.length > 0) {
      problems.cc = t('email.composer.ccInvalid', { value: badCc.join(', ') });
    }
    setFieldErrors(problems);
    setFormError(undefined);
    if (Object.keys(problems).length > 0) return;
    const fileIds = attachments.flatMap((item) => (item.fileId ? [item.fileId] : []));
    const request: SendEmailRequest = {
      lead_id: leadId,
      subject: subject.trim(),
      body_text: body,
      ...(ccList.length > 0 ? { cc: ccList } : {}),
      ...(fileIds.length > 0 ? { file_ids: fileIds } : {}),
      ...(replyTo ? { in_reply_to: replyTo.communicationId } : {}),
    };
    try {
      await send.mutateAsync(request);
      setSubject('');
      setBody('');
      setCc('');
      setAttachments([]);
      showToast({ title: t('email.composer.sent'), variant: 'success' });
      onCancelReply?.();
    } catch (failure) {
      const byField = fieldErrorsOf(failure, t, dictionary);
      const known = Object.fromEntries(
        Object.entries(byField).filter(([field]) => ['subject', 'body_text', 'cc'].includes(field)),
      );
      setFieldErrors(known);
      if (Object.keys(known).length === 0) setFormError(describeError(failure, t, dictionary));
    }
  };

  return (
    <form className="flex flex-col gap-3" onSubmit={handleSubmit} noValidate>
      {replyTo ? (
        <div className="flex flex-wrap items-center justify-between gap-2 text-xs text-muted-foreground">
          <span>{t('email.composer.replyingTo', { subject: replyTo.subject })}</span>
          {onCancelReply ? (
            <Button variant="ghost" size="sm" onClick={onCancelReply}>
              {t('email.composer.cancelReply')}
            </Button>
          ) : null}
        </div>
      ) : null}
      <Field label={t('email.composer.subject')} error={fieldErrors.subject}>
        {(control) => (
          <Input
            {...control}
            value={subject}
            maxLength={998}
            onChange={(event) => setSubject(event.target.value)}
          />
        )}
      </Field>
      <Field
        label={t('email.composer.cc')}
        hint={t('email.composer.ccHint')}
        error={fieldErrors.cc}
      >
        {(control) => (
          <Input
            {...control}
            type="text"
            inputMode="email"
            value={cc}
            onChange={(event) => setCc(event.target.value)}
          />
        )}
      </Field>
      <Field label={t('email.composer.body')} error={fieldErrors.body_text}>
        {(control) => (
          <Textarea
            {...control}
            rows={6}
            value={body}
            onChange={(event) => setBody(event.target.value)}
          />
        )}
      </Field>
      {attachments.length > 0 ? (
        <ul className="flex flex-wrap gap-2">
          {attachments.map((item) => (
            <li
              key={item.key}
              className="flex items-center gap-2 rounded-lg border border-border bg-muted/40 py-1 pr-1 pl-3 text-sm"
            >
              {item.fileId === null ? (
                <Spinner className="text-muted-foreground">
                  {t('email.composer.uploading', { name: item.file.name })}
                </Spinner>
              ) : (
                <span className="truncate">{item.file.name}</span>
              )}
              <Button
                variant="ghost"
                size="icon"
                aria-label={t('email.composer.removeAttachment', { name: item.file.name })}
                onClick={() => handleRemove(item.key)}
              >
                <X aria-hidden="true" />
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
      {formError ? (
        <p role="alert" className="text-sm font-medium text-destructive">
          {formError}
        </p>
      ) : null}
      <div className="flex flex-wrap justify-between gap-2">
        <input
          ref={fileInputRef}
          type="file"
          className="sr-only"
          tabIndex={-1}
          aria-label={t('email.composer.attach')}
          onChange={(event) => void handleFileChosen(event)}
        />
        <Button variant="outline" onClick={() => fileInputRef.current?.click()}>
          <Paperclip aria-hidden="true" />
          {t('email.composer.attach')}
        </Button>
        <Button type="submit" disabled={isBusy}>
          <SendHorizontal aria-hidden="true" />
          {send.isPending ? t('email.composer.sending') : t('email.composer.send')}
        </Button>
      </div>
    </form>
  );
}
