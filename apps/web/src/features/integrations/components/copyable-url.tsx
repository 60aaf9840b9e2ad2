import { Copy } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { showToast } from '@/stores/toast.store';

export type CopyableUrlProps = {
  url: string;
  label: string;
  hint: string;
  /** The copy button's name, which says which URL it copies. */
  copyLabel: string;
  /** The toasts after copying, and when the browser would not copy. */
  copiedMessage: string;
  copyFailedMessage: string;
};

/** An address to paste at a provider, read-only and selected on focus, with a copy button. */
export function CopyableUrl({
  url,
  label,
  hint,
  copyLabel,
  copiedMessage,
  copyFailedMessage,
}: CopyableUrlProps): React.JSX.Element {
  const handleCopy = async (): Promise<void> => {
    try {
      await navigator.clipboard.writeText(url);
      showToast({ title: copiedMessage, variant: 'success' });
    } catch {
      showToast({ title: copyFailedMessage, variant: 'destructive' });
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
