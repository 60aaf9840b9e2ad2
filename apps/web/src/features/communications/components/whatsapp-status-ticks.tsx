import type { CommunicationStatus } from '@loved/shared';
import { Check, CheckCheck, CircleAlert, Clock } from 'lucide-react';
import { cn } from '@/lib/cn';
import { useTranslation } from '@/lib/i18n/use-translation';

export type WhatsAppStatusTicksProps = {
  status: CommunicationStatus;
  /** Why a failed message failed, for the pointer's tooltip (the entry also says it in text). */
  failureReason?: string;
  className?: string;
};

const ICONS = {
  pending: Clock,
  sent: Check,
  delivered: CheckCheck,
  read: CheckCheck,
  failed: CircleAlert,
} as const;

// Read is blue because that is what WhatsApp users know it by; the theme has no such colour.
const COLOURS: Record<CommunicationStatus, string> = {
  pending: 'text-muted-foreground',
  sent: 'text-muted-foreground',
  delivered: 'text-muted-foreground',
  read: 'text-sky-600',
  failed: 'text-destructive',
};

/**
 * WhatsApp's delivery marks on a message the agency sent: ✓ sent, ✓✓ delivered, blue ✓✓ read,
 * a red ! when it failed. The marks are an image named by its status for screen readers.
 */
export function WhatsAppStatusTicks({
  status,
  failureReason,
  className,
}: WhatsAppStatusTicksProps): React.JSX.Element {
  const { t } = useTranslation();
  const Icon = ICONS[status];
  const label = t(`timeline.whatsapp.ticks.${status}`);

  return (
    <span
      role="img"
      aria-label={label}
      title={status === 'failed' && failureReason ? failureReason : label}
      data-status={status}
      className={cn('inline-flex items-center', COLOURS[status], className)}
    >
      <Icon aria-hidden="true" className="size-4" />
    </span>
  );
}
