import type { CommunicationAttachment } from '@loved/shared';
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from '@/components/ui/dialog';
import { WhatsAppMediaStatus } from '@/features/communications/components/whatsapp-media-status';
import { useFileUrl } from '@/features/communications/hooks/use-file-url';
import { useTranslation } from '@/lib/i18n/use-translation';

export type WhatsAppImageProps = {
  fileId: string;
  attachment: CommunicationAttachment;
  caption: string | null;
};

/** A photo sent or received on WhatsApp: a thumbnail that opens the full image. */
export function WhatsAppImage({
  fileId,
  attachment,
  caption,
}: WhatsAppImageProps): React.JSX.Element {
  const { t } = useTranslation();
  const file = useFileUrl(fileId);
  const name = attachment.name || t('timeline.whatsapp.image');

  if (!file.url) return <WhatsAppMediaStatus file={file} />;
  return (
    <Dialog>
      <DialogTrigger
        aria-label={t('timeline.whatsapp.openImage', { name })}
        className="block w-fit overflow-hidden rounded-lg border border-border outline-none focus-visible:ring-2 focus-visible:ring-ring"
      >
        <img src={file.url} alt={caption ?? name} className="max-h-56 max-w-full object-cover" />
      </DialogTrigger>
      <DialogContent closeLabel={t('common.close')} className="max-w-4xl">
        <DialogHeader>
          <DialogTitle className="break-all">{name}</DialogTitle>
          {caption ? <DialogDescription>{caption}</DialogDescription> : null}
        </DialogHeader>
        <img
          src={file.url}
          alt={caption ?? name}
          className="max-h-[75dvh] w-full rounded-md object-contain"
        />
      </DialogContent>
    </Dialog>
  );
}
