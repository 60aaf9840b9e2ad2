import type { CreatedApiKeyResponse } from '@loved/shared';
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
import { CreateApiKeyForm } from '@/features/api-access/components/create-api-key-form';
import { SecretReveal } from '@/features/api-access/components/secret-reveal';
import { useTranslation } from '@/lib/i18n/use-translation';

/**
 * The "Nova chave" button and its dialog: the form, then the new key's secret, shown this once.
 * The secret lives only here; closing the dialog forgets it.
 */
export function CreateApiKeyDialog(): React.JSX.Element {
  const { t } = useTranslation();
  const [isOpen, setIsOpen] = useState(false);
  const [created, setCreated] = useState<CreatedApiKeyResponse | null>(null);

  const handleOpenChange = (open: boolean): void => {
    setIsOpen(open);
    if (!open) setCreated(null);
  };

  return (
    <Dialog open={isOpen} onOpenChange={handleOpenChange}>
      <DialogTrigger asChild>
        <Button size="sm">
          <Plus aria-hidden="true" />
          {t('apiAccess.keys.new')}
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
              <DialogTitle>{t('apiAccess.keys.secret.title', { name: created.name })}</DialogTitle>
              <DialogDescription>{t('apiAccess.keys.secret.description')}</DialogDescription>
            </DialogHeader>
            <SecretReveal
              secret={created.secret}
              label={t('apiAccess.keys.secret.label')}
              warning={t('apiAccess.keys.secret.warning')}
              copyLabel={t('apiAccess.keys.secret.copy')}
              copiedLabel={t('apiAccess.keys.secret.copied')}
              copyFailedMessage={t('apiAccess.keys.secret.copyFailed')}
            />
            <DialogFooter>
              <DialogClose asChild>
                <Button>{t('apiAccess.keys.secret.done')}</Button>
              </DialogClose>
            </DialogFooter>
          </>
        ) : (
          <>
            <DialogHeader>
              <DialogTitle>{t('apiAccess.keys.create.title')}</DialogTitle>
              <DialogDescription>{t('apiAccess.keys.create.description')}</DialogDescription>
            </DialogHeader>
            <CreateApiKeyForm onCreated={setCreated} />
          </>
        )}
      </DialogContent>
    </Dialog>
  );
}
