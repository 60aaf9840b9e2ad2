import type { ApiKeyResponse } from '@loved/shared';
import { KeyRound } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { useRevokeApiKey } from '@/features/api-access/api/revoke-api-key';
import { ConfirmActionDialog } from '@/features/api-access/components/confirm-action-dialog';
import { useTranslation } from '@/lib/i18n/use-translation';

export type RevokeApiKeyDialogProps = {
  apiKey: ApiKeyResponse;
};

/** A "Revogar" button that asks first: a revoked key stops working at once, for good. */
export function RevokeApiKeyDialog({ apiKey }: RevokeApiKeyDialogProps): React.JSX.Element {
  const { t } = useTranslation();
  const revoke = useRevokeApiKey();

  return (
    <ConfirmActionDialog
      trigger={
        <Button
          variant="outline"
          size="sm"
          className="text-destructive"
          aria-label={t('apiAccess.keys.revoke.actionLabel', { name: apiKey.name })}
        >
          <KeyRound aria-hidden="true" />
          {t('apiAccess.keys.revoke.action')}
        </Button>
      }
      title={t('apiAccess.keys.revoke.title', { name: apiKey.name })}
      description={t('apiAccess.keys.revoke.description')}
      confirmLabel={t('apiAccess.keys.revoke.confirm')}
      pendingLabel={t('apiAccess.keys.revoke.revoking')}
      isPending={revoke.isPending}
      onConfirm={() => revoke.mutateAsync(apiKey.id)}
      doneMessage={t('apiAccess.keys.revoke.done', { name: apiKey.name })}
    />
  );
}
