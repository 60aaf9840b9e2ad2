import type { IntegrationStatus } from '@loved/shared';
import { Badge, type BadgeProps } from '@/components/ui/badge';
import { useTranslation } from '@/lib/i18n/use-translation';

export type WhatsAppStatusBadgeProps = {
  status: IntegrationStatus;
};

const VARIANTS: Record<IntegrationStatus, BadgeProps['variant']> = {
  active: 'success',
  needs_reauth: 'destructive',
  disconnected: 'muted',
};

/** Ativo / Reautenticação necessária / Desconectado. */
export function WhatsAppStatusBadge({ status }: WhatsAppStatusBadgeProps): React.JSX.Element {
  const { t } = useTranslation();
  return (
    <Badge variant={VARIANTS[status]}>
      <span className="sr-only">{`${t('integrations.whatsapp.status')}: `}</span>
      {t(`integrations.whatsapp.statuses.${status}`)}
    </Badge>
  );
}
