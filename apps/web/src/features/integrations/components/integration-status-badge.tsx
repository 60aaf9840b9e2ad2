import type { IntegrationStatus } from '@loved/shared';
import { Badge, type BadgeProps } from '@/components/ui/badge';
import type { IntegrationCardProvider } from '@/features/integrations/types/integration-card';
import { useTranslation } from '@/lib/i18n/use-translation';

export type IntegrationStatusBadgeProps = {
  provider: IntegrationCardProvider;
  status: IntegrationStatus;
};

const VARIANTS: Record<IntegrationStatus, BadgeProps['variant']> = {
  active: 'success',
  needs_reauth: 'destructive',
  disconnected: 'muted',
};

/** Ativo / Reautenticação necessária / Desconectado. */
export function IntegrationStatusBadge({
  provider,
  status,
}: IntegrationStatusBadgeProps): React.JSX.Element {
  const { t } = useTranslation();
  return (
    <Badge variant={VARIANTS[status]}>
      <span className="sr-only">{`${t(`integrations.${provider}.status`)}: `}</span>
      {t(`integrations.${provider}.statuses.${status}`)}
    </Badge>
  );
}
