import { tenantQueryKey } from '@/lib/tenant-query-key';

/** Everything the notifications feature caches for one organisation (lists, count, settings). */
export function notificationsQueryKey(organizationId: string | null): readonly unknown[] {
  return [...tenantQueryKey(organizationId), 'notifications'];
}

/** Every list of notifications, whichever filter. */
export function notificationListsQueryKey(organizationId: string | null): readonly unknown[] {
  return [...notificationsQueryKey(organizationId), 'list'];
}

export function notificationListQueryKey(
  organizationId: string | null,
  unreadOnly: boolean,
): readonly unknown[] {
  return [...notificationListsQueryKey(organizationId), unreadOnly ? 'unread' : 'all'];
}

export function unreadNotificationCountQueryKey(organizationId: string | null): readonly unknown[] {
  return [...notificationsQueryKey(organizationId), 'unread-count'];
}

export function notificationSettingsQueryKey(organizationId: string | null): readonly unknown[] {
  return [...notificationsQueryKey(organizationId), 'settings'];
}
