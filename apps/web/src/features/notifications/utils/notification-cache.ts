import type {
  ListEnvelope,
  NotificationResponse,
  NotificationUnreadCountResponse,
} from '@loved/shared';
import type { InfiniteData, QueryKey } from '@tanstack/react-query';
import {
  notificationListQueryKey,
  notificationListsQueryKey,
  notificationsQueryKey,
  unreadNotificationCountQueryKey,
} from '@/features/notifications/api/notification-query-keys';
import { queryClient } from '@/lib/query-client';
import { useSessionStore } from '@/stores/session.store';

type NotificationPages = InfiniteData<ListEnvelope<NotificationResponse>, string | undefined>;

function currentOrganizationId(): string | null {
  return useSessionStore.getState().organizationId;
}

function loadedLists(): Array<[QueryKey, NotificationPages]> {
  return queryClient
    .getQueriesData<NotificationPages>({
      queryKey: notificationListsQueryKey(currentOrganizationId()),
    })
    .flatMap(([key, data]) => (data ? [[key, data] as [QueryKey, NotificationPages]] : []));
}

function holds(data: NotificationPages, notificationId: string): boolean {
  return data.pages.some((page) => page.items.some((item) => item.id === notificationId));
}

function withReadItems(
  data: NotificationPages,
  readAt: string,
  shouldRead: (item: NotificationResponse) => boolean,
): NotificationPages {
  return {
    ...data,
    pages: data.pages.map((page) => ({
      ...page,
      items: page.items.map((item) =>
        !item.read && shouldRead(item) ? { ...item, read: true, read_at: readAt } : item,
      ),
    })),
  };
}

function changeCount(change: (count: number) => number): void {
  queryClient.setQueryData<NotificationUnreadCountResponse>(
    unreadNotificationCountQueryKey(currentOrganizationId()),
    (current) => (current ? { count: Math.max(0, change(current.count)) } : current),
  );
}

/**
 * A notification that just arrived (the live `notification.created`): on top of every loaded
 * list it belongs to, and counted in the badge. One the lists already hold (the stream
 * replayed it, or a page fetched after it was raised) is not counted twice.
 */
export function receiveNotification(notification: NotificationResponse): void {
  const lists = loadedLists();
  if (lists.some(([, data]) => holds(data, notification.id))) return;
  const allKey = notificationListQueryKey(currentOrganizationId(), false);
  for (const [key, data] of lists) {
    const isAllList = JSON.stringify(key) === JSON.stringify(allKey);
    if (!isAllList && notification.read) continue;
    const [first, ...rest] = data.pages;
    if (!first) continue;
    queryClient.setQueryData<NotificationPages>(key, {
      ...data,
      pages: [{ ...first, items: [notification, ...first.items] }, ...rest],
    });
  }
  if (!notification.read) changeCount((count) => count + 1);
}

/** Shows one notification read at once and lowers the badge if it was unread. */
export function markReadInCache(notificationId: string, readAt: string): void {
  let wasUnread = false;
  for (const [key, data] of loadedLists()) {
    const unreadHere = data.pages.some((page) =>
      page.items.some((item) => item.id === notificationId && !item.read),
    );
    if (!unreadHere) continue;
    wasUnread = true;
    queryClient.setQueryData<NotificationPages>(
      key,
      withReadItems(data, readAt, (item) => item.id === notificationId),
    );
  }
  if (wasUnread) changeCount((count) => count - 1);
}

/** "Marcar todas como lidas": every loaded notification read and the badge gone. */
export function markAllReadInCache(readAt: string): void {
  for (const [key, data] of loadedLists()) {
    queryClient.setQueryData<NotificationPages>(
      key,
      withReadItems(data, readAt, () => true),
    );
  }
  changeCount(() => 0);
}

/** Asks the server for the badge's number again. */
export function invalidateUnreadCount(): Promise<void> {
  return queryClient.invalidateQueries({
    queryKey: unreadNotificationCountQueryKey(currentOrganizationId()),
  });
}

/** After the live stream dropped, notifications may have been missed: fetch count and lists again. */
export function resyncNotifications(): Promise<void> {
  return queryClient.invalidateQueries({
    queryKey: notificationsQueryKey(currentOrganizationId()),
    predicate: (query) => query.queryKey.at(-1) !== 'settings',
  });
}
