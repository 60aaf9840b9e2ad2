import type { Translate } from '@/lib/i18n/translate';
import { timeLeft } from '@/utils/deal-time';

/** "Janela do WhatsApp fecha em 3 h 12 min", or "… fechada" once `closesAt` has passed. */
export function windowCountdownText(closesAt: string, now: number, t: Translate): string {
  const left = timeLeft(closesAt, now);
  if (!left) return t('dealHealth.windowClosed');
  const time =
    left.hours > 0
      ? t('dealHealth.hoursMinutes', { hours: left.hours, minutes: left.minutes })
      : left.minutes > 0
        ? t('dealHealth.minutes', { minutes: left.minutes })
        : t('dealHealth.underAMinute');
  return t('dealHealth.windowClosesIn', { time });
}
