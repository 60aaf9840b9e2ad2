import { useEmailDropbox } from '@/features/integrations/api/get-email-dropbox';
import { CopyableUrl } from '@/features/integrations/components/copyable-url';
import { useTranslation } from '@/lib/i18n/use-translation';

/** The drop-box address to BCC or forward e-mails to, with a copy button. */
export function EmailDropboxAddress(): React.JSX.Element | null {
  const { t } = useTranslation();
  const dropbox = useEmailDropbox();
  if (!dropbox.data) return null;
  return (
    <CopyableUrl
      url={dropbox.data.address}
      label={t('integrations.email.dropbox.label')}
      hint={t('integrations.email.dropbox.hint')}
      copyLabel={t('integrations.email.dropbox.copy')}
      copiedMessage={t('integrations.email.dropbox.copied')}
      copyFailedMessage={t('integrations.email.dropbox.copyFailed')}
    />
  );
}
