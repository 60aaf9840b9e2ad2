import { Copy } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { useTranslation } from '@/lib/i18n/use-translation';
import { showToast } from '@/stores/toast.store';

export type WhatsAppWebhookUrlProps = {
  url: string;
};

/** The address Meta must call, to paste in the Meta app, with a copy button. */
export function WhatsAppWebhookUrl({ url }: WhatsAppWebhookUrlProps): React.JSX.Element {
  const { t } = useTranslation();

  const handleCopy = async (): Promise<void> => {
    try {
      await navigator.clipboard.writeText(url);
      showToast({ title: t('integrations.whatsapp.webhook.copied'), variant: 'success' });
    } catch {
      showToast({ title: t('integrations.whatsapp.webhook.copyFailed'), variant: 'destructive' });
    }
  };

  return (
    <Field
      label={t('integrations.whatsapp.webhook.label')}
      hint={t('integrations.whatsapp.webhook.hint')}
    >
      {(control) => (
        <div className="flex gap-2">
          <Input
            {...control}
            readOnly
            value={url}
            className="font-mono text-xs md:text-xs"
            onFocus={(event) => event.target.select()}
          />
          <Button variant="outline" onClick={() => void handleCopy()}>
            <Copy aria-hidden="true" />
            {t('integrations.whatsapp.webhook.copy')}
          </Button>
        </div>
      )}
    </Field>
  );
}
