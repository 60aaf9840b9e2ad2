import { Check, Copy, TriangleAlert } from 'lucide-react';
import { useState } from 'react';
import { Alert, AlertDescription } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { showToast } from '@/stores/toast.store';

export type SecretRevealProps = {
  secret: string;
  label: string;
  /** That the secret will not be shown again. */
  warning: string;
  copyLabel: string;
  /** The button's text once copied ("Copiada"). */
  copiedLabel: string;
  copyFailedMessage: string;
};

/**
 * A secret shown this once: a warning, the secret read-only (selected on focus) and a copy
 * button that says when it has copied.
 */
export function SecretReveal({
  secret,
  label,
  warning,
  copyLabel,
  copiedLabel,
  copyFailedMessage,
}: SecretRevealProps): React.JSX.Element {
  const [isCopied, setIsCopied] = useState(false);

  const handleCopy = async (): Promise<void> => {
    try {
      await navigator.clipboard.writeText(secret);
      setIsCopied(true);
    } catch {
      showToast({ title: copyFailedMessage, variant: 'destructive' });
    }
  };

  return (
    <div className="flex flex-col gap-4">
      <Alert>
        <TriangleAlert aria-hidden="true" className="text-destructive" />
        <AlertDescription className="col-start-2 font-medium">{warning}</AlertDescription>
      </Alert>
      <Field label={label}>
        {(control) => (
          <div className="flex gap-2">
            <Input
              {...control}
              readOnly
              value={secret}
              spellCheck={false}
              autoComplete="off"
              className="font-mono text-xs md:text-xs"
              onFocus={(event) => event.target.select()}
            />
            <Button variant="outline" onClick={() => void handleCopy()}>
              {isCopied ? <Check aria-hidden="true" /> : <Copy aria-hidden="true" />}
              <span aria-live="polite">{isCopied ? copiedLabel : copyLabel}</span>
            </Button>
          </div>
        )}
      </Field>
    </div>
  );
}
