import type {
  ListEnvelope,
  LiveEvent,
  NotificationResponse,
  NotificationUnreadCountResponse,
} from '@loved/shared';
import type { InfiniteData } from '@tanstack/react-query';
import { beforeEach, describe, expect, it } from 'vitest';
import { applyLiveEvent } from '@/app/live/apply-live-event';
import {
  notificationListQueryKey,
  unreadNotificationCountQueryKey,
} from '@/features/notifications/api/notification-query-keys';
import { queryClient } from '@/lib/query-client';
import { makeNotification } from '@/testing/notification-factory';
import { signInForTest, TEST_ORGANIZATION_ID, TEST_USER } from '@/testing/session';
import { useToastStore } from '@/stores/toast.store';

type NotificationPages = InfiniteData<ListEnvelope<NotificationResponse>, string | undefined>;

const countKey = unreadNotificationCountQueryKey(TEST_ORGANIZATION_ID);
const listKey = notificationListQueryKey(TEST_ORGANIZATION_ID, false);

function notificationEvent(
  notification: NotificationResponse,
  recipient: string = TEST_USER.id,
): LiveEvent {
  return {
    type: 'notification.created',
    organization_id: TEST_ORGANIZATION_ID,
    lead_id: notification.lead?.id ?? 'lead-1',
    assigned_user_id: TEST_USER.id,
    occurred_at: notification.created_at,
    recipient_user_id: recipient,
    notification,
  };
}

function showList(items: NotificationResponse[]): void {
  queryClient.setQueryData<NotificationPages>(listKey, {
    pages: [{ items, next_cursor: null }],
    pageParams: [undefined],
  });
}

function listed(): string[] {
  const data = queryClient.getQueryData<NotificationPages>(listKey);
  return (data?.pages ?? []).flatMap((page) => page.items.map((item) => item.id));
}

function unreadCount(): number | undefined {
  return queryClient.getQueryData<NotificationUnreadCountResponse>(countKey)?.count;
}

describe('applyLiveEvent: notification.created', () => {
  const older = makeNotification({ read: true });
  const due = makeNotification({
    kind: 'activity_due',
    channel: null,
    lead: { id: 'lead-padaria', name: 'Padaria Pão Quente' },
    activity: {
      id: 'activity-1',
      type: 'call',
      subject: 'Ligar para fechar',
      due_at: new Date(2026, 11, 4, 10, 15).toISOString(),
    },
  });

  beforeEach(() => {
    signInForTest();
    useToastStore.setState({ toasts: [] });
    queryClient.setQueryData<NotificationUnreadCountResponse>(countKey, { count: 2 });
    showList([older]);
  });

  it('puts the notification on top of the list and bumps the unread count', () => {
    applyLiveEvent(notificationEvent(due));

    expect(listed()).toEqual([due.id, older.id]);
    expect(unreadCount()).toBe(3);
  });

  it('pops a toast that says what happened', () => {
    applyLiveEvent(notificationEvent(due));

    expect(useToastStore.getState().toasts.map((toast) => toast.title)).toEqual([
      'Atividade "Ligar para fechar" com Padaria Pão Quente vence às 10:15',
    ]);
  });

  it('counts a notification the list already holds only once', () => {
    applyLiveEvent(notificationEvent(due));
    applyLiveEvent(notificationEvent(due));

    expect(listed()).toEqual([due.id, older.id]);
    expect(unreadCount()).toBe(3);
  });

  it("ignores a notification meant for someone else's stream", () => {
    applyLiveEvent(notificationEvent(due, 'another-user'));

    expect(listed()).toEqual([older.id]);
    expect(unreadCount()).toBe(2);
    expect(useToastStore.getState().toasts).toEqual([]);
  });
});
