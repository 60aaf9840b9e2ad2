import type { WebhookDeliveryStatus } from '@loved/shared';
import { Badge, type BadgeProps } from '@/components/ui/badge';
import { useTranslation } from '@/lib/i18n/use-translation';

const VARIANTS: Record<WebhookDeliveryStatus, BadgeProps['variant']> = {
  pending: 'muted',
  succeeded: 'success',
  failed: 'destructive',
};

export type WebhookDeliveryStatusBadgeProps = {
  status: WebhookDeliveryStatus;
};

/** Pendente, Entregue or Falhou. */
export function WebhookDeliveryStatusBadge({
  status,
}: WebhookDeliveryStatusBadgeProps): React.JSX.Element {
  const { t } = useTranslation();
  return (
    <Badge variant={VARIANTS[status]}>
      {t(`apiAccess.webhooks.deliveries.statuses.${status}`)}
    </Badge>
  );
}
