import type { IntegrationStatus } from '@loved/shared';
import { Badge, type BadgeProps } from '@/components/ui/badge';
import { useTranslation } from '@/lib/i18n/use-translation';

export type TwilioStatusBadgeProps = {
  status: IntegrationStatus;
};

const VARIANTS: Record<IntegrationStatus, BadgeProps['variant']> = {
  active: 'success',
  needs_reauth: 'destructive',
  disconnected: 'muted',
};

/** Ativo / Reautenticação necessária / Desconectado. */
export function TwilioStatusBadge({ status }: TwilioStatusBadgeProps): React.JSX.Element {
  const { t } = useTranslation();
  return (
    <Badge variant={VARIANTS[status]}>
      <span className="sr-only">{`${t('integrations.twilio.status')}: `}</span>
      {t(`integrations.twilio.statuses.${status}`)}
    </Badge>
  );
}
