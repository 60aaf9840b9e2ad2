import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ErrorState } from '@/components/error-state';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { Skeleton } from '@/components/ui/skeleton';
import { Spinner } from '@/components/ui/spinner';
import {
  IntegrationCredentials,
  type IntegrationCredentialsProps,
} from '@/features/integrations/components/integration-credentials';
import { IntegrationLastError } from '@/features/integrations/components/integration-last-error';
import { IntegrationReauthAlert } from '@/features/integrations/components/integration-reauth-alert';
import { IntegrationStatusBadge } from '@/features/integrations/components/integration-status-badge';
import type { ConnectFormSlotProps } from '@/features/integrations/types/connect-form';
import type {
  IntegrationCardProvider,
  IntegrationSummary,
} from '@/features/integrations/types/integration-card';
import { describeError } from '@/lib/describe-error';
import { useTranslation } from '@/lib/i18n/use-translation';

export type IntegrationCardShellProps<T extends IntegrationSummary> = {
  provider: IntegrationCardProvider;
  integration: UseQueryResult<T>;
  disconnect: IntegrationCredentialsProps['disconnect'];
  /** The account as the provider knows it. */
  renderDetails: (data: T) => ReactNode;
  /** What to paste at the provider, such as the webhook URLs. */
  renderSetup: (data: T) => ReactNode;
  renderForm: (data: T, form: ConnectFormSlotProps) => ReactNode;
  /** The number named in the disconnect question. */
  disconnectNumberOf: (data: T) => string;
  /** Last in the card, once loaded. */
  footer?: ReactNode;
};

/**
 * An integration's card in Settings (admins): its status, loading and load failure, then the
 * connection, what to set up at the provider, the credentials form and disconnecting.
 */
export function IntegrationCardShell<T extends IntegrationSummary>({
  provider,
  integration,
  disconnect,
  renderDetails,
  renderSetup,
  renderForm,
  disconnectNumberOf,
  footer,
}: IntegrationCardShellProps<T>): React.JSX.Element {
  const { t, dictionary } = useTranslation();
  const data = integration.data;
  const titleId = `${provider}-integration-title`;

  return (
    <Card role="region" aria-labelledby={titleId}>
      <CardHeader>
        <div>
          <CardTitle id={titleId}>{t(`integrations.${provider}.title`)}</CardTitle>
          <CardDescription>{t(`integrations.${provider}.description`)}</CardDescription>
        </div>
        {data ? <IntegrationStatusBadge provider={provider} status={data.status} /> : null}
      </CardHeader>
      <CardContent className="flex flex-col gap-5">
        {integration.isPending ? (
          <div className="flex flex-col gap-3">
            <Spinner className="text-sm text-muted-foreground">
              {t(`integrations.${provider}.loading`)}
            </Spinner>
            <Skeleton className="h-9 w-full" />
          </div>
        ) : null}
        {integration.isError ? (
          <ErrorState
            title={t(`integrations.${provider}.loadError`)}
            message={describeError(integration.error, t, dictionary)}
            onRetry={() => void integration.refetch()}
          />
        ) : null}
        {data ? (
          <>
            <IntegrationReauthAlert provider={provider} status={data.status} />
            {renderDetails(data)}
            <IntegrationLastError provider={provider} integration={data} />
            {renderSetup(data)}
            <IntegrationCredentials
              provider={provider}
              integration={data}
              renderForm={(form) => renderForm(data, form)}
              disconnect={disconnect}
              disconnectNumber={disconnectNumberOf(data)}
            />
            {footer}
          </>
        ) : null}
      </CardContent>
    </Card>
  );
}
