import type { NotificationResponse } from '@loved/shared';
import {
  AtSign,
  CalendarClock,
  MessageCircle,
  UserPlus,
  WebhookOff,
  type LucideIcon,
} from 'lucide-react';
import { notificationText } from '@/features/notifications/utils/notification-text';
import { cn } from '@/lib/cn';
import { useTranslation } from '@/lib/i18n/use-translation';

const KIND_ICONS: Record<NotificationResponse['kind'], LucideIcon> = {
  inbound_message: MessageCircle,
  activity_due: CalendarClock,
  lead_assigned: UserPlus,
  mention: AtSign,
  webhook_endpoint_disabled: WebhookOff,
};

export type NotificationItemProps = {
  notification: NotificationResponse;
  onSelect: (notification: NotificationResponse) => void;
};

/** One line of the panel; unread ones stand out (bold, tinted, a dot) and say so to readers. */
export function NotificationItem({
  notification,
  onSelect,
}: NotificationItemProps): React.JSX.Element {
  const { t, language, relative, dateTime } = useTranslation();
  const Icon = KIND_ICONS[notification.kind] ?? MessageCircle;
  const isUnread = !notification.read;

  return (
    <button
      type="button"
      data-unread={isUnread ? 'true' : undefined}
      className={cn(
        'flex w-full items-start gap-3 px-4 py-3 text-left text-sm transition-colors outline-none hover:bg-muted focus-visible:bg-muted focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-inset',
        isUnread && 'bg-brand-soft/60',
      )}
      onClick={() => onSelect(notification)}
    >
      <span
        className={cn(
          'mt-0.5 grid size-7 shrink-0 place-items-center rounded-full',
          isUnread ? 'bg-brand text-white' : 'bg-muted text-muted-foreground',
        )}
      >
        <Icon aria-hidden="true" className="size-3.5" />
      </span>
      <span className="flex min-w-0 flex-1 flex-col gap-0.5">
        <span className={cn('break-words', isUnread ? 'font-semibold' : 'text-muted-foreground')}>
          {notificationText(notification, t, language)}
        </span>
        <time
          dateTime={notification.created_at}
          title={dateTime(notification.created_at)}
          className="text-xs text-muted-foreground"
        >
          {relative(notification.created_at)}
        </time>
      </span>
      {isUnread ? (
        <span className="mt-2 size-2 shrink-0 rounded-full bg-brand">
          <span className="sr-only">{t('notifications.unread')}</span>
        </span>
      ) : null}
    </button>
  );
}
