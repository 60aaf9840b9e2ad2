import { FileText, X } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { Spinner } from '@/components/ui/spinner';
import { useTranslation } from '@/lib/i18n/use-translation';
import { formatFileSize } from '@/utils/file-size';

export type WhatsAppAttachmentChipProps = {
  name: string;
  sizeBytes: number;
  isUploading: boolean;
  onRemove: () => void;
};

/** The file about to be sent: its name and size, upload progress and a way to take it back. */
export function WhatsAppAttachmentChip({
  name,
  sizeBytes,
  isUploading,
  onRemove,
}: WhatsAppAttachmentChipProps): React.JSX.Element {
  const { t, language } = useTranslation();
  const size = formatFileSize(sizeBytes, language);

  return (
    <div className="flex w-fit max-w-full items-center gap-2 rounded-lg border border-border bg-muted/40 py-1 pr-1 pl-3 text-sm">
      {isUploading ? (
        <Spinner className="min-w-0 text-muted-foreground">
          <span className="truncate">{t('whatsapp.composer.uploading', { name })}</span>
        </Spinner>
      ) : (
        <>
          <FileText aria-hidden="true" className="size-4 shrink-0 text-muted-foreground" />
          <span className="min-w-0 truncate" title={name}>
            {t('whatsapp.composer.attachment', { name, size })}
          </span>
        </>
      )}
      <Button
        variant="ghost"
        size="icon"
        className="size-7"
        aria-label={t('whatsapp.composer.removeAttachment', { name })}
        onClick={onRemove}
      >
        <X aria-hidden="true" />
      </Button>
    </div>
  );
}
