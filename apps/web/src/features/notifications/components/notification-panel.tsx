import type { NotificationResponse } from '@loved/shared';
import { BellOff, CheckCheck } from 'lucide-react';
import { useMemo } from 'react';
import { useNavigate } from 'react-router';
import { Button } from '@/components/ui/button';
import { Skeleton } from '@/components/ui/skeleton';
import { Spinner } from '@/components/ui/spinner';
import { paths } from '@/config/paths';
import { useNotifications } from '@/features/notifications/api/get-notifications';
import { useMarkAllNotificationsRead } from '@/features/notifications/api/mark-all-notifications-read';
import { useMarkNotificationRead } from '@/features/notifications/api/mark-notification-read';
import { NotificationItem } from '@/features/notifications/components/notification-item';
import { describeError } from '@/lib/describe-error';
import { useTranslation } from '@/lib/i18n/use-translation';
import { showToast } from '@/stores/toast.store';

export type NotificationPanelProps = {
  /** The badge counts unread ones (some may be on pages not loaded yet). */
  hasUnread: boolean;
  onClose: () => void;
};

/** The bell's panel: the user's notifications newest first, older ones on demand. */
export function NotificationPanel({
  hasUnread,
  onClose,
}: NotificationPanelProps): React.JSX.Element {
  const { t, dictionary } = useTranslation();
  const navigate = useNavigate();
  const list = useNotifications();
  const markRead = useMarkNotificationRead();
  const markAllRead = useMarkAllNotificationsRead();
  const pages = list.data?.pages;
  const items = useMemo(() => pages?.flatMap((page) => page.items) ?? [], [pages]);
  const canMarkAll = hasUnread || items.some((item) => !item.read);

  const handleSelect = (notification: NotificationResponse): void => {
    if (!notification.read) markRead.mutate(notification.id);
    if (!notification.lead) return;
    onClose();
    void navigate(paths.lead(notification.lead.id));
  };
  const handleMarkAllRead = (): void => {
    markAllRead.mutate(undefined, {
      onError: (error) =>
        showToast({
          title: t('notifications.markAllReadFailed'),
          description: describeError(error, t, dictionary),
          variant: 'destructive',
        }),
    });
  };

  return (
    <>
      <div className="flex items-center justify-between gap-2 border-b border-border px-4 py-2">
        <h2 className="text-sm font-semibold">{t('notifications.title')}</h2>
        <Button
          variant="ghost"
          size="sm"
          disabled={!canMarkAll || markAllRead.isPending}
          onClick={handleMarkAllRead}
        >
          <CheckCheck aria-hidden="true" />
          {t('notifications.markAllRead')}
        </Button>
      </div>
      {list.isPending ? (
        <div className="flex flex-col gap-3 p-4">
          <Spinner className="text-sm text-muted-foreground">{t('notifications.loading')}</Spinner>
          {[0, 1, 2].map((index) => (
            <Skeleton key={index} className="h-10" />
          ))}
        </div>
      ) : list.isError && items.length === 0 ? (
        <div role="alert" className="flex flex-col items-start gap-2 p-4 text-sm">
          <p className="font-medium text-destructive">{t('notifications.loadError')}</p>
          <p className="text-muted-foreground">{describeError(list.error, t, dictionary)}</p>
          <Button variant="outline" size="sm" onClick={() => void list.refetch()}>
            {t('common.retry')}
          </Button>
        </div>
      ) : items.length === 0 ? (
        <div className="flex flex-col items-center gap-2 px-6 py-10 text-center">
          <span className="grid size-10 place-items-center rounded-xl bg-brand-soft text-brand">
            <BellOff aria-hidden="true" className="size-5" />
          </span>
          <p className="text-sm font-semibold">{t('notifications.empty')}</p>
          <p className="text-xs text-muted-foreground">{t('notifications.emptyHint')}</p>
        </div>
      ) : (
        <ul className="divide-y divide-border" aria-label={t('notifications.title')}>
          {items.map((notification) => (
            <li key={notification.id}>
              <NotificationItem notification={notification} onSelect={handleSelect} />
            </li>
          ))}
        </ul>
      )}
      {list.hasNextPage ? (
        <div className="border-t border-border p-2">
          <Button
            variant="ghost"
            size="sm"
            className="w-full"
            disabled={list.isFetchingNextPage}
            onClick={() => void list.fetchNextPage()}
          >
            {list.isFetchingNextPage ? t('notifications.loadingMore') : t('notifications.loadMore')}
          </Button>
        </div>
      ) : null}
    </>
  );
}
