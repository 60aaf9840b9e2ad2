import type { TwilioIntegrationResponse } from '@loved/shared';
import { CopyableUrl } from '@/features/integrations/components/copyable-url';
import { IntegrationSection } from '@/features/integrations/components/integration-section';
import type { TranslationKey } from '@/lib/i18n/translate';
import { useTranslation } from '@/lib/i18n/use-translation';

type WebhookUrlSpec = {
  field: 'voice_url' | 'status_callback_url';
  label: TranslationKey;
  hint: TranslationKey;
  /** The copy button's name, which says which URL it copies. */
  copyLabel: TranslationKey;
};

const WEBHOOK_URLS: readonly WebhookUrlSpec[] = [
  {
    field: 'voice_url',
    label: 'integrations.twilio.webhooks.voiceUrl',
    hint: 'integrations.twilio.webhooks.voiceUrlHint',
    copyLabel: 'integrations.twilio.webhooks.copyVoiceUrl',
  },
  {
    field: 'status_callback_url',
    label: 'integrations.twilio.webhooks.statusCallbackUrl',
    hint: 'integrations.twilio.webhooks.statusCallbackUrlHint',
    copyLabel: 'integrations.twilio.webhooks.copyStatusCallbackUrl',
  },
];

export type TwilioWebhookSetupProps = {
  integration: Pick<TwilioIntegrationResponse, WebhookUrlSpec['field']>;
};

/** What to paste on the number in the Twilio console: the voice URL and the status URL. */
export function TwilioWebhookSetup({ integration }: TwilioWebhookSetupProps): React.JSX.Element {
  const { t } = useTranslation();
  return (
    <IntegrationSection
      titleId="twilio-webhooks-title"
      title={t('integrations.twilio.webhooks.title')}
      description={t('integrations.twilio.webhooks.instructions')}
      className="gap-3"
    >
      {WEBHOOK_URLS.map((spec) => (
        <CopyableUrl
          key={spec.field}
          url={integration[spec.field]}
          label={t(spec.label)}
          hint={t(spec.hint)}
          copyLabel={t(spec.copyLabel)}
          copiedMessage={t('integrations.twilio.webhooks.copied')}
          copyFailedMessage={t('integrations.twilio.webhooks.copyFailed')}
        />
      ))}
    </IntegrationSection>
  );
}
