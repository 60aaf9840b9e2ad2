import { CopyableUrl } from '@/features/integrations/components/copyable-url';
import { useTranslation } from '@/lib/i18n/use-translation';

export type WhatsAppWebhookUrlProps = {
  url: string;
};

/** The address Meta must call, to paste in the Meta app, with a copy button. */
export function WhatsAppWebhookUrl({ url }: WhatsAppWebhookUrlProps): React.JSX.Element {
  const { t } = useTranslation();
  return (
    <CopyableUrl
      url={url}
      label={t('integrations.whatsapp.webhook.label')}
      hint={t('integrations.whatsapp.webhook.hint')}
      copyLabel={t('integrations.whatsapp.webhook.copy')}
      copiedMessage={t('integrations.whatsapp.webhook.copied')}
      copyFailedMessage={t('integrations.whatsapp.webhook.copyFailed')}
    />
  );
}
