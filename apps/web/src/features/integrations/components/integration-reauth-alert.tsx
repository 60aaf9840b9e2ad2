import type { IntegrationStatus } from '@loved/shared';
import { TriangleAlert } from 'lucide-react';
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';
import type { IntegrationCardProvider } from '@/features/integrations/types/integration-card';
import { useTranslation } from '@/lib/i18n/use-translation';

export type IntegrationReauthAlertProps = {
  provider: IntegrationCardProvider;
  status: IntegrationStatus;
};

/** When the provider refused the saved credentials: why, and that new ones go below. */
export function IntegrationReauthAlert({
  provider,
  status,
}: IntegrationReauthAlertProps): React.JSX.Element | null {
  const { t } = useTranslation();
  if (status !== 'needs_reauth') return null;
  return (
    <Alert variant="destructive">
      <TriangleAlert aria-hidden="true" />
      <AlertTitle>{t(`integrations.${provider}.needsReauthTitle`)}</AlertTitle>
      <AlertDescription>{t(`integrations.${provider}.needsReauth`)}</AlertDescription>
    </Alert>
  );
}
