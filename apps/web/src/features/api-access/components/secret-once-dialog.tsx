import { Plus } from 'lucide-react';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import {
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from '@/components/ui/dialog';
import {
  SecretReveal,
  type SecretRevealProps,
} from '@/features/api-access/components/secret-reveal';
import { useTranslation } from '@/lib/i18n/use-translation';

export type SecretOnceDialogProps<Created extends { secret: string }> = {
  triggerLabel: string;
  formTitle: string;
  formDescription: string;
  /** The creation form; it calls `onCreated` with the API's answer (which carries the secret). */
  renderForm: (onCreated: (created: Created) => void) => React.ReactNode;
  secretTitle: (created: Created) => string;
  secretDescription: (created: Created) => string;
  secretTexts: Omit<SecretRevealProps, 'secret'> & { done: string };
};

/**
 * A "Novo…" button and its dialog: a form, then the secret the API answered, shown this once.
 * The secret lives only in this component's state; closing the dialog forgets it.
 */
export function SecretOnceDialog<Created extends { secret: string }>({
  triggerLabel,
  formTitle,
  formDescription,
  renderForm,
  secretTitle,
  secretDescription,
  secretTexts: { done, ...revealTexts },
}: SecretOnceDialogProps<Created>): React.JSX.Element {
  const { t } = useTranslation();
  const [isOpen, setIsOpen] = useState(false);
  const [created, setCreated] = useState<Created | null>(null);

  const handleOpenChange = (open: boolean): void => {
    setIsOpen(open);
    if (!open) setCreated(null);
  };

  return (
    <Dialog open={isOpen} onOpenChange={handleOpenChange}>
      <DialogTrigger asChild>
        <Button size="sm">
          <Plus aria-hidden="true" />
          {triggerLabel}
        </Button>
      </DialogTrigger>
      <DialogContent
        closeLabel={t('common.close')}
        // A click beside the dialog must not lose a secret that was not copied yet.
        onInteractOutside={(event) => {
          if (created) event.preventDefault();
        }}
      >
        {created ? (
          <>
            <DialogHeader>
              <DialogTitle>{secretTitle(created)}</DialogTitle>
              <DialogDescription className="break-all">
                {secretDescription(created)}
              </DialogDescription>
            </DialogHeader>
            <SecretReveal secret={created.secret} {...revealTexts} />
            <DialogFooter>
              <DialogClose asChild>
                <Button>{done}</Button>
              </DialogClose>
            </DialogFooter>
          </>
        ) : (
          <>
            <DialogHeader>
              <DialogTitle>{formTitle}</DialogTitle>
              <DialogDescription>{formDescription}</DialogDescription>
            </DialogHeader>
            {renderForm(setCreated)}
          </>
        )}
      </DialogContent>
    </Dialog>
  );
}
