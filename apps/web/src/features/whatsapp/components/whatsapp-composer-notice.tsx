import { Info } from 'lucide-react';
import { Link } from 'react-router';
import { Alert, AlertDescription } from '@/components/ui/alert';
import type { WhatsAppBlock } from '@/features/whatsapp/utils/whatsapp-block';
import { useTranslation } from '@/lib/i18n/use-translation';

export type WhatsAppComposerNoticeProps = {
  /** The composer's disabled controls point here with aria-describedby. */
  id: string;
  block: WhatsAppBlock;
  settingsPath?: string;
};

/** Why the composer cannot send, and what would let it. */
export function WhatsAppComposerNotice({
  id,
  block,
  settingsPath,
}: WhatsAppComposerNoticeProps): React.JSX.Element {
  const { t } = useTranslation();

  return (
    <Alert>
      <Info aria-hidden="true" />
      <AlertDescription id={id}>
        {block === 'not_connected' ? (
          <>
            <p className="font-medium">{t('whatsapp.composer.notConnected')}</p>
            <p>
              {settingsPath
                ? t('whatsapp.composer.notConnectedAdmin')
                : t('whatsapp.composer.notConnectedMember')}
            </p>
            {settingsPath ? (
              <Link
                to={settingsPath}
                className="mt-1 inline-block font-medium text-primary underline-offset-4 hover:underline"
              >
                {t('whatsapp.composer.openSettings')}
              </Link>
            ) : null}
          </>
        ) : null}
        {block === 'no_phone' ? <p>{t('whatsapp.composer.noPhone')}</p> : null}
        {block === 'unavailable' ? <p>{t('whatsapp.composer.unavailable')}</p> : null}
      </AlertDescription>
    </Alert>
  );
}
