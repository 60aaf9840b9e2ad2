import { KeyRound, TriangleAlert } from 'lucide-react';
import { useState } from 'react';
import { ErrorState } from '@/components/error-state';
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { Skeleton } from '@/components/ui/skeleton';
import { Spinner } from '@/components/ui/spinner';
import { useWhatsAppIntegration } from '@/features/integrations/api/get-whatsapp-integration';
import { DisconnectWhatsAppDialog } from '@/features/integrations/components/disconnect-whatsapp-dialog';
import { WhatsAppConnectForm } from '@/features/integrations/components/whatsapp-connect-form';
import { WhatsAppConnectionDetails } from '@/features/integrations/components/whatsapp-connection-details';
import { WhatsAppFailedEvents } from '@/features/integrations/components/whatsapp-failed-events';
import { WhatsAppStatusBadge } from '@/features/integrations/components/whatsapp-status-badge';
import { WhatsAppWebhookUrl } from '@/features/integrations/components/whatsapp-webhook-url';
import { describeError } from '@/lib/describe-error';
import { useTranslation } from '@/lib/i18n/use-translation';

/**
 * Settings → WhatsApp Business (admins): the connection's status, the webhook URL to paste in
 * Meta, the credentials form, disconnecting, and the webhook events that failed.
 */
export function WhatsAppIntegrationCard(): React.JSX.Element {
  const { t, dictionary, dateTime } = useTranslation();
  const integration = useWhatsAppIntegration();
  const [isEditing, setIsEditing] = useState(false);
  const data = integration.data;
  const isActive = data?.status === 'active';
  const showForm = data !== undefined && (!isActive || isEditing);

  return (
    <Card role="region" aria-labelledby="whatsapp-integration-title">
      <CardHeader>
        <div>
          <CardTitle id="whatsapp-integration-title">{t('integrations.whatsapp.title')}</CardTitle>
          <CardDescription>{t('integrations.whatsapp.description')}</CardDescription>
        </div>
        {data ? <WhatsAppStatusBadge status={data.status} /> : null}
      </CardHeader>
      <CardContent className="flex flex-col gap-5">
        {integration.isPending ? (
          <div className="flex flex-col gap-3">
            <Spinner className="text-sm text-muted-foreground">
              {t('integrations.whatsapp.loading')}
            </Spinner>
            <Skeleton className="h-9 w-full" />
          </div>
        ) : null}
        {integration.isError ? (
          <ErrorState
            title={t('integrations.whatsapp.loadError')}
            message={describeError(integration.error, t, dictionary)}
            onRetry={() => void integration.refetch()}
          />
        ) : null}
        {data ? (
          <>
            {data.status === 'needs_reauth' ? (
              <Alert variant="destructive">
                <TriangleAlert aria-hidden="true" />
                <AlertTitle>{t('integrations.whatsapp.needsReauthTitle')}</AlertTitle>
                <AlertDescription>{t('integrations.whatsapp.needsReauth')}</AlertDescription>
              </Alert>
            ) : null}
            <WhatsAppConnectionDetails integration={data} />
            {data.last_error && data.status !== 'disconnected' ? (
              <p className="text-xs text-muted-foreground">
                {t('integrations.whatsapp.lastError', {
                  date: dateTime(data.last_error.occurred_at),
                  message: data.last_error.message,
                })}
              </p>
            ) : null}
            <WhatsAppWebhookUrl url={data.webhook_url} />
            {showForm ? (
              <WhatsAppConnectForm
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
                    {t('integrations.whatsapp.form.edit')}
                  </Button>
                ) : null}
                <DisconnectWhatsAppDialog
                  number={data.display_phone_number ?? data.phone_number_id ?? ''}
                />
              </div>
            ) : null}
            <WhatsAppFailedEvents />
          </>
        ) : null}
      </CardContent>
    </Card>
  );
}
