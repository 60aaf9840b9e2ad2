import type { TwilioIntegrationResponse } from '@loved/shared';
import { TwilioWebhookUrl } from '@/features/integrations/components/twilio-webhook-url';
import { useTranslation } from '@/lib/i18n/use-translation';

export type TwilioWebhookSetupProps = {
  integration: Pick<TwilioIntegrationResponse, 'voice_url' | 'status_callback_url'>;
};

/** What to paste on the number in the Twilio console: the voice URL and the status URL. */
export function TwilioWebhookSetup({ integration }: TwilioWebhookSetupProps): React.JSX.Element {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="twilio-webhooks-title" className="flex flex-col gap-3">
      <div>
        <h3 id="twilio-webhooks-title" className="text-sm font-semibold">
          {t('integrations.twilio.webhooks.title')}
        </h3>
        <p className="mt-1 text-xs text-muted-foreground">
          {t('integrations.twilio.webhooks.instructions')}
        </p>
      </div>
      <TwilioWebhookUrl
        url={integration.voice_url}
        label={t('integrations.twilio.webhooks.voiceUrl')}
        hint={t('integrations.twilio.webhooks.voiceUrlHint')}
        copyLabel={t('integrations.twilio.webhooks.copyVoiceUrl')}
      />
      <TwilioWebhookUrl
        url={integration.status_callback_url}
        label={t('integrations.twilio.webhooks.statusCallbackUrl')}
        hint={t('integrations.twilio.webhooks.statusCallbackUrlHint')}
        copyLabel={t('integrations.twilio.webhooks.copyStatusCallbackUrl')}
      />
    </section>
  );
}
