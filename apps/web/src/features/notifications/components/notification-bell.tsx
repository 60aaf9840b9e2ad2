import { Bell } from 'lucide-react';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import { Popover, PopoverContent, PopoverTrigger } from '@/components/ui/popover';
import { Spinner } from '@/components/ui/spinner';
import { useUnreadNotificationCount } from '@/features/notifications/api/get-unread-notification-count';
import { resyncNotifications } from '@/features/notifications/utils/notification-cache';
import { bellLabel, unreadBadgeText } from '@/features/notifications/utils/unread-badge';
import { useTranslation } from '@/lib/i18n/use-translation';

// The bell sits in the shell of every page; the list behind it loads only when first opened.
const NotificationPanel = lazy(async () => ({
  default: (await import('@/features/notifications/components/notification-panel'))
    .NotificationPanel,
}));

export type NotificationBellProps = {
  /** Changes when live events may have been missed (the stream reconnected): refetch. */
  resyncKey?: number;
};

/** The header's bell: the unread count, and a panel of the user's notifications. */
export function NotificationBell({ resyncKey }: NotificationBellProps): React.JSX.Element {
  const { t } = useTranslation();
  const [isOpen, setIsOpen] = useState(false);
  const unread = useUnreadNotificationCount();
  const count = unread.data?.count ?? 0;
  const badge = unreadBadgeText(count);
  const syncedKey = useRef(resyncKey);

  useEffect(() => {
    if (resyncKey === syncedKey.current) return;
    syncedKey.current = resyncKey;
    void resyncNotifications();
  }, [resyncKey]);

  return (
    <Popover open={isOpen} onOpenChange={setIsOpen}>
      <PopoverTrigger asChild>
        <Button variant="ghost" size="icon" className="relative" aria-label={bellLabel(count, t)}>
          <Bell aria-hidden="true" />
          {badge ? (
            <span
              aria-hidden="true"
              className="absolute top-0.5 right-0.5 grid h-4 min-w-4 place-items-center rounded-full bg-brand px-1 text-[0.625rem] leading-none font-semibold text-white"
            >
              {badge}
            </span>
          ) : null}
        </Button>
      </PopoverTrigger>
      <PopoverContent
        align="end"
        className="flex w-[min(24rem,calc(100vw-2rem))] flex-col"
        aria-label={t('notifications.title')}
      >
        <Suspense
          fallback={
            <Spinner className="p-4 text-sm text-muted-foreground">
              {t('notifications.loading')}
            </Spinner>
          }
        >
          <NotificationPanel hasUnread={count > 0} onClose={() => setIsOpen(false)} />
        </Suspense>
      </PopoverContent>
    </Popover>
  );
}
