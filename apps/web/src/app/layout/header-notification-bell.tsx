import { NotificationBell } from '@/features/notifications/components/notification-bell';
import { useLiveStore } from '@/features/live/stores/live.store';

/** The notifications bell, refetching what the live stream may have missed while it was down. */
export function HeaderNotificationBell(): React.JSX.Element {
  const reconnections = useLiveStore((state) => state.reconnections);
  return <NotificationBell resyncKey={reconnections} />;
}
