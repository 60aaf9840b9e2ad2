import type { CreatedApiKeyResponse } from '@loved/shared';
import { CreateApiKeyForm } from '@/features/api-access/components/create-api-key-form';
import { SecretOnceDialog } from '@/features/api-access/components/secret-once-dialog';
import { useTranslation } from '@/lib/i18n/use-translation';

/** The "Nova chave" button and its dialog: the form, then the new key's secret, shown this once. */
export function CreateApiKeyDialog(): React.JSX.Element {
  const { t } = useTranslation();
  return (
    <SecretOnceDialog<CreatedApiKeyResponse>
      triggerLabel={t('apiAccess.keys.new')}
      formTitle={t('apiAccess.keys.create.title')}
      formDescription={t('apiAccess.keys.create.description')}
      renderForm={(onCreated) => <CreateApiKeyForm onCreated={onCreated} />}
      secretTitle={(created) => t('apiAccess.keys.secret.title', { name: created.name })}
      secretDescription={() => t('apiAccess.keys.secret.description')}
      secretTexts={{
        label: t('apiAccess.keys.secret.label'),
        warning: t('apiAccess.keys.secret.warning'),
        copyLabel: t('apiAccess.keys.secret.copy'),
        copiedLabel: t('apiAccess.keys.secret.copied'),
        copyFailedMessage: t('apiAccess.keys.secret.copyFailed'),
        done: t('apiAccess.keys.secret.done'),
      }}
    />
  );
}
