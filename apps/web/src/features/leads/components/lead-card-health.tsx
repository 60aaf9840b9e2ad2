import type { LeadHealth } from '@loved/shared';
import { MessageSquareWarning } from 'lucide-react';
import { WhatsAppWindowCountdown } from '@/components/whatsapp-window-countdown';
import { useNow } from '@/hooks/use-now';
import { useTranslation } from '@/lib/i18n/use-translation';
import { hoursSince } from '@/utils/deal-time';

const HOURS_IN_TWO_DAYS = 48;

export type LeadCardHealthProps = {
  health: LeadHealth;
};

/** A card's waiting signals: a customer message without a reply, the WhatsApp window closing. */
export function LeadCardHealth({ health }: LeadCardHealthProps): React.JSX.Element | null {
  const { t } = useTranslation();
  const now = useNow();
  const unansweredSince = health.unanswered ? health.unanswered_since : null;
  const closesAt = health.whatsapp_window_closes_at;
  if (!unansweredSince && !closesAt) return null;

  const hours = unansweredSince ? hoursSince(unansweredSince, now) : 0;
  const unansweredText =
    hours < HOURS_IN_TWO_DAYS
      ? t('dealHealth.unansweredHours', { count: hours })
      : t('dealHealth.unansweredDays', { count: Math.floor(hours / 24) });

  return (
    <div className="flex min-w-0 flex-col gap-1">
      {unansweredSince ? (
        <span
          className="inline-flex max-w-full items-center gap-1 self-start rounded-md bg-red-100 px-1.5 py-0.5 text-xs font-medium text-red-800"
          title={unansweredText}
        >
          <MessageSquareWarning aria-hidden="true" className="size-3 shrink-0" />
          <span className="truncate">{unansweredText}</span>
        </span>
      ) : null}
      {closesAt ? <WhatsAppWindowCountdown closesAt={closesAt} /> : null}
    </div>
  );
}
