import { MessageCircle } from 'lucide-react';
import { useNow } from '@/hooks/use-now';
import { cn } from '@/lib/cn';
import { useTranslation } from '@/lib/i18n/use-translation';
import { timeLeft } from '@/utils/deal-time';
import { windowCountdownText } from '@/utils/window-countdown-text';

const SOON_MINUTES = 120;

export type WhatsAppWindowCountdownProps = {
  /** When the customer's 24-hour window closes (`health.whatsapp_window_closes_at`). */
  closesAt: string;
  className?: string;
};

/**
 * "Janela do WhatsApp fecha em 3 h 12 min", turning amber in the last two hours and saying the
 * window closed when the time comes. Ticks with the app's one shared clock.
 */
export function WhatsAppWindowCountdown({
  closesAt,
  className,
}: WhatsAppWindowCountdownProps): React.JSX.Element {
  const { t } = useTranslation();
  const now = useNow();
  const left = timeLeft(closesAt, now);
  const text = windowCountdownText(closesAt, now, t);
  const isSoon = left !== null && left.hours * 60 + left.minutes < SOON_MINUTES;

  return (
    <span
      className={cn(
        'flex min-w-0 items-center gap-1 text-xs',
        left === null ? 'text-muted-foreground' : isSoon ? 'text-amber-700' : 'text-green-700',
        className,
      )}
      title={text}
      data-window={left === null ? 'closed' : 'open'}
    >
      <MessageCircle aria-hidden="true" className="size-3 shrink-0" />
      <span className="truncate">{text}</span>
    </span>
  );
}
