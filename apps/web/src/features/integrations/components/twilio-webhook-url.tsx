import { Copy } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { useTranslation } from '@/lib/i18n/use-translation';
import { showToast } from '@/stores/toast.store';

export type TwilioWebhookUrlProps = {
  url: string;
  label: string;
  hint: string;
  /** The copy button's name, which says which URL it copies. */
  copyLabel: string;
};

/** One address Twilio must call, read-only, with a copy button. */
export function TwilioWebhookUrl({
  url,
  label,
  hint,
  copyLabel,
}: TwilioWebhookUrlProps): React.JSX.Element {
  const { t } = useTranslation();

  const handleCopy = async (): Promise<void> => {
    try {
      await navigator.clipboard.writeText(url);
      showToast({ title: t('integrations.twilio.webhooks.copied'), variant: 'success' });
    } catch {
      showToast({ title: t('integrations.twilio.webhooks.copyFailed'), variant: 'destructive' });
    }
  };

  return (
    <Field label={label} hint={hint}>
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
            {copyLabel}
          </Button>
        </div>
      )}
    </Field>
  );
}
