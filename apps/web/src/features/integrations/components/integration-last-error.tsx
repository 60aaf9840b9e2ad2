import type {
  IntegrationCardProvider,
  IntegrationSummary,
} from '@/features/integrations/types/integration-card';
import { useTranslation } from '@/lib/i18n/use-translation';

export type IntegrationLastErrorProps = {
  provider: IntegrationCardProvider;
  integration: Pick<IntegrationSummary, 'status' | 'last_error'>;
};

/** The provider's last refusal and when, while the integration is connected. */
export function IntegrationLastError({
  provider,
  integration,
}: IntegrationLastErrorProps): React.JSX.Element | null {
  const { t, dateTime } = useTranslation();
  const lastError = integration.last_error;
  if (!lastError || integration.status === 'disconnected') return null;
  return (
    <p className="text-xs text-muted-foreground">
      {t(`integrations.${provider}.lastError`, {
        date: dateTime(lastError.occurred_at),
        message: lastError.message,
      })}
    </p>
  );
}
