import { KeyRound, TriangleAlert } from 'lucide-react';
import { useState } from 'react';
import { ErrorState } from '@/components/error-state';
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { Skeleton } from '@/components/ui/skeleton';
import { Spinner } from '@/components/ui/spinner';
import { useTwilioIntegration } from '@/features/integrations/api/get-twilio-integration';
import { DisconnectTwilioDialog } from '@/features/integrations/components/disconnect-twilio-dialog';
import { TwilioConnectForm } from '@/features/integrations/components/twilio-connect-form';
import { TwilioConnectionDetails } from '@/features/integrations/components/twilio-connection-details';
import { TwilioStatusBadge } from '@/features/integrations/components/twilio-status-badge';
import { TwilioWebhookSetup } from '@/features/integrations/components/twilio-webhook-setup';
import { describeError } from '@/lib/describe-error';
import { useTranslation } from '@/lib/i18n/use-translation';

/**
 * Settings → Ligações (Twilio), for admins: the connection's status, the account and numbers,
 * the two webhook URLs to paste on the number at Twilio, the credentials form and disconnecting.
 */
export function TwilioIntegrationCard(): React.JSX.Element {
  const { t, dictionary, dateTime } = useTranslation();
  const integration = useTwilioIntegration();
  const [isEditing, setIsEditing] = useState(false);
  const data = integration.data;
  const isActive = data?.status === 'active';
  const showForm = data !== undefined && (!isActive || isEditing);

  return (
    <Card role="region" aria-labelledby="twilio-integration-title">
      <CardHeader>
        <div>
          <CardTitle id="twilio-integration-title">{t('integrations.twilio.title')}</CardTitle>
          <CardDescription>{t('integrations.twilio.description')}</CardDescription>
        </div>
        {data ? <TwilioStatusBadge status={data.status} /> : null}
      </CardHeader>
      <CardContent className="flex flex-col gap-5">
        {integration.isPending ? (
          <div className="flex flex-col gap-3">
            <Spinner className="text-sm text-muted-foreground">
              {t('integrations.twilio.loading')}
            </Spinner>
            <Skeleton className="h-9 w-full" />
          </div>
        ) : null}
        {integration.isError ? (
          <ErrorState
            title={t('integrations.twilio.loadError')}
            message={describeError(integration.error, t, dictionary)}
            onRetry={() => void integration.refetch()}
          />
        ) : null}
        {data ? (
          <>
            {data.status === 'needs_reauth' ? (
              <Alert variant="destructive">
                <TriangleAlert aria-hidden="true" />
                <AlertTitle>{t('integrations.twilio.needsReauthTitle')}</AlertTitle>
                <AlertDescription>{t('integrations.twilio.needsReauth')}</AlertDescription>
              </Alert>
            ) : null}
            <TwilioConnectionDetails integration={data} />
            {data.last_error && data.status !== 'disconnected' ? (
              <p className="text-xs text-muted-foreground">
                {t('integrations.twilio.lastError', {
                  date: dateTime(data.last_error.occurred_at),
                  message: data.last_error.message,
                })}
              </p>
            ) : null}
            <TwilioWebhookSetup integration={data} />
            {showForm ? (
              <TwilioConnectForm
                key={`${data.status}:${data.updated_at ?? ''}`}
                integration={data}
                onConnected={() => setIsEditing(false)}
                onCancel={isEditing ? () => setIsEditing(false) : undefined}
              />
            ) : null}
            {data.status !== 'disconnected' ? (
              <div className="flex flex-wrap justify-end gap-2">
                {isActive && !isEditing ? (
                  <Button variant="outline" onClick={() => setIsEditing(true)}>
                    <KeyRound aria-hidden="true" />
                    {t('integrations.twilio.form.edit')}
                  </Button>
                ) : null}
                <DisconnectTwilioDialog number={data.phone_number ?? data.account_sid ?? ''} />
              </div>
            ) : null}
          </>
        ) : null}
      </CardContent>
    </Card>
  );
}
