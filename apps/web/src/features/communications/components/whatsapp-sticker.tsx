import { WhatsAppMediaStatus } from '@/features/communications/components/whatsapp-media-status';
import { useFileUrl } from '@/features/communications/hooks/use-file-url';
import { useTranslation } from '@/lib/i18n/use-translation';

export type WhatsAppStickerProps = {
  fileId: string;
};

/** A sticker: shown small, as WhatsApp does; nothing to enlarge. */
export function WhatsAppSticker({ fileId }: WhatsAppStickerProps): React.JSX.Element {
  const { t } = useTranslation();
  const file = useFileUrl(fileId);

  if (!file.url) return <WhatsAppMediaStatus file={file} className="size-28" />;
  return (
    <img src={file.url} alt={t('timeline.whatsapp.sticker')} className="size-28 object-contain" />
  );
}
