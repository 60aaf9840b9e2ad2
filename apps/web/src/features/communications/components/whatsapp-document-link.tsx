import type { CommunicationAttachment } from '@loved/shared';
import { useQueryClient } from '@tanstack/react-query';
import { Download, FileText } from 'lucide-react';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { getFileContentQueryOptions } from '@/features/communications/api/get-file-content';
import { saveBlob } from '@/features/communications/utils/save-blob';
import { useOrganizationId } from '@/hooks/use-organization-id';
import { describeError } from '@/lib/describe-error';
import { useTranslation } from '@/lib/i18n/use-translation';
import { showToast } from '@/stores/toast.store';
import { formatFileSize } from '@/utils/file-size';

export type WhatsAppDocumentLinkProps = {
  fileId: string;
  attachment: CommunicationAttachment;
};

/**
 * A document sent or received on WhatsApp: its name and size, downloaded on demand (the bytes
 * come through the API client, as the files API asks for the session's headers).
 */
export function WhatsAppDocumentLink({
  fileId,
  attachment,
}: WhatsAppDocumentLinkProps): React.JSX.Element {
  const { t, dictionary, language } = useTranslation();
  const queryClient = useQueryClient();
  const organizationId = useOrganizationId();
  const [isDownloading, setIsDownloading] = useState(false);
  const name = attachment.name || t('timeline.whatsapp.document');

  const handleDownload = async (): Promise<void> => {
    setIsDownloading(true);
    try {
      const blob = await queryClient.fetchQuery(getFileContentQueryOptions(organizationId, fileId));
      saveBlob(blob, name);
    } catch (failure) {
      showToast({ title: describeError(failure, t, dictionary), variant: 'destructive' });
    } finally {
      setIsDownloading(false);
    }
  };

  return (
    <div className="flex w-fit max-w-full items-center gap-3 rounded-lg border border-border bg-muted/40 px-3 py-2">
      <FileText aria-hidden="true" className="size-5 shrink-0 text-muted-foreground" />
      <div className="min-w-0">
        <p className="truncate text-sm font-medium" title={name}>
          {name}
        </p>
        {attachment.size_bytes !== null ? (
          <p className="text-xs text-muted-foreground">
            {formatFileSize(attachment.size_bytes, language)}
          </p>
        ) : null}
      </div>
      <Button
        variant="outline"
        size="sm"
        aria-label={
          isDownloading
            ? t('timeline.whatsapp.downloading', { name })
            : t('timeline.whatsapp.download', { name })
        }
        disabled={isDownloading}
        onClick={() => void handleDownload()}
      >
        <Download aria-hidden="true" />
      </Button>
    </div>
  );
}
