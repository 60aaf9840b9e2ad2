import type { WebhookEndpointResponse } from '@loved/shared';
import { Badge } from '@/components/ui/badge';
import { webhookDisabledReasonKey } from '@/features/api-access/utils/webhook-disabled-reason';
import { useTranslation } from '@/lib/i18n/use-translation';

export type WebhookEndpointStatusProps = {
  endpoint: WebhookEndpointResponse;
};

/** Ativo or Desativado, and why it was switched off (by an admin, or failing deliveries). */
export function WebhookEndpointStatus({ endpoint }: WebhookEndpointStatusProps): React.JSX.Element {
  const { t } = useTranslation();
  if (endpoint.enabled) {
    return <Badge variant="success">{t('apiAccess.webhooks.statuses.enabled')}</Badge>;
  }
  const reason = endpoint.disabled_reason;
  const reasonKey = reason ? webhookDisabledReasonKey(reason) : null;
  const reasonText = reasonKey ? t(reasonKey) : reason;
  return (
    <span className="flex flex-wrap items-center gap-2">
      <Badge variant="destructive">{t('apiAccess.webhooks.statuses.disabled')}</Badge>
      {reasonText ? (
        <span className="text-xs text-destructive">
          {t('apiAccess.webhooks.disabledReason', { reason: reasonText })}
        </span>
      ) : null}
    </span>
  );
}
