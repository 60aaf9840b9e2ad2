import type { NotificationKind } from '@loved/shared';
import { BellRing } from 'lucide-react';
import { ErrorState } from '@/components/error-state';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { Skeleton } from '@/components/ui/skeleton';
import { Switch } from '@/components/ui/switch';
import { useNotificationSettings } from '@/features/notifications/api/get-notification-settings';
import { useUpdateNotificationSettings } from '@/features/notifications/api/update-notification-settings';
import { describeError } from '@/lib/describe-error';
import { useTranslation } from '@/lib/i18n/use-translation';
import { showToast } from '@/stores/toast.store';

// Every kind once, in the contract's order; the record makes a new kind a compile error here.
const KINDS: Record<NotificationKind, true> = {
  inbound_message: true,
  activity_due: true,
  lead_assigned: true,
  mention: true,
  webhook_endpoint_disabled: true,
};
const NOTIFICATION_KINDS = Object.keys(KINDS) as NotificationKind[];

/** Settings → "Notificações": the signed-in user turns each kind on or off for themself. */
export function NotificationSettingsCard(): React.JSX.Element {
  const { t, dictionary } = useTranslation();
  const settings = useNotificationSettings();
  const update = useUpdateNotificationSettings();
  const muted = settings.data?.muted_kinds ?? [];

  const handleToggle = (kind: NotificationKind, isOn: boolean): void => {
    const next = isOn ? muted.filter((item) => item !== kind) : [...muted, kind];
    // Kept in the contract's order, so the saved list does not depend on the clicks' order.
    const mutedKinds = NOTIFICATION_KINDS.filter((item) => next.includes(item));
    update.mutate(
      { muted_kinds: mutedKinds },
      {
        onError: (error) =>
          showToast({
            title: t('notifications.settings.saveFailed'),
            description: describeError(error, t, dictionary),
            variant: 'destructive',
          }),
      },
    );
  };

  return (
    <Card role="region" aria-labelledby="notification-settings-title">
      <CardHeader className="flex-nowrap justify-start">
        <span className="grid size-9 shrink-0 place-items-center rounded-lg bg-brand-soft text-brand">
          <BellRing aria-hidden="true" className="size-4" />
        </span>
        <div>
          <CardTitle id="notification-settings-title">
            {t('notifications.settings.title')}
          </CardTitle>
          <CardDescription>{t('notifications.settings.description')}</CardDescription>
        </div>
      </CardHeader>
      <CardContent>
        {settings.isPending ? (
          <div className="flex flex-col gap-3" aria-busy="true">
            {NOTIFICATION_KINDS.map((kind) => (
              <Skeleton key={kind} className="h-10" />
            ))}
          </div>
        ) : settings.isError ? (
          <ErrorState
            title={t('notifications.settings.loadError')}
            message={describeError(settings.error, t, dictionary)}
            onRetry={() => void settings.refetch()}
          />
        ) : (
          <ul className="flex flex-col divide-y divide-border">
            {NOTIFICATION_KINDS.map((kind) => {
              const labelId = `notification-kind-${kind}`;
              const hintId = `${labelId}-hint`;
              return (
                <li key={kind} className="flex items-center justify-between gap-4 py-3">
                  <div className="min-w-0">
                    <p id={labelId} className="text-sm font-medium">
                      {t(`notifications.settings.kinds.${kind}`)}
                    </p>
                    <p id={hintId} className="text-xs text-muted-foreground">
                      {t(`notifications.settings.hints.${kind}`)}
                    </p>
                  </div>
                  <Switch
                    aria-labelledby={labelId}
                    aria-describedby={hintId}
                    checked={!muted.includes(kind)}
                    onCheckedChange={(isOn) => handleToggle(kind, isOn)}
                  />
                </li>
              );
            })}
          </ul>
        )}
      </CardContent>
    </Card>
  );
}
