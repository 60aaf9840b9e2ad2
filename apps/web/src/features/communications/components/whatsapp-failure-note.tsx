import { CircleAlert } from 'lucide-react';
import type { WhatsAppMessageError } from '@/features/communications/utils/whatsapp-message';
import { useTranslation } from '@/lib/i18n/use-translation';

export type WhatsAppFailureNoteProps = {
  reason: string;
  error: WhatsAppMessageError | null;
};

/** The reason a message was not sent, in text; Meta's longer explanation on hover. */
export function WhatsAppFailureNote({
  reason,
  error,
}: WhatsAppFailureNoteProps): React.JSX.Element {
  const { t } = useTranslation();

  return (
    <p
      className="mb-2 flex items-start gap-1.5 text-xs font-medium text-destructive"
      title={error?.message ?? error?.title ?? undefined}
    >
      <CircleAlert aria-hidden="true" className="mt-px size-3.5 shrink-0" />
      {t('timeline.whatsapp.failedReason', { reason })}
    </p>
  );
}
