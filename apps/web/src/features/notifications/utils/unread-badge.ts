import type { Translate } from '@/lib/i18n/translate';

/** Past this the badge says "99+": a bigger number tells the user nothing more. */
export const UNREAD_BADGE_CAP = 99;

/** What the badge shows: nothing for 0, "99+" past the cap. */
export function unreadBadgeText(count: number): string | null {
  if (count <= 0) return null;
  return count > UNREAD_BADGE_CAP ? `${UNREAD_BADGE_CAP}+` : String(count);
}

/** The bell's accessible name: "Notificações: 3 não lidas". */
export function bellLabel(count: number, t: Translate): string {
  if (count <= 0) return t('notifications.bell');
  if (count === 1) return t('notifications.bellUnreadOne');
  const shown = count > UNREAD_BADGE_CAP ? `${UNREAD_BADGE_CAP}+` : String(count);
  return t('notifications.bellUnread', { count: shown });
}
