import { useId } from 'react';
import { WhatsAppMediaStatus } from '@/features/communications/components/whatsapp-media-status';
import { useFileUrl } from '@/features/communications/hooks/use-file-url';
import { useTranslation } from '@/lib/i18n/use-translation';

export type CallRecordingPlayerProps = {
  fileId: string;
};

/**
 * A call's recording with the browser's own, keyboard-ready controls. The bytes come through
 * the API client (bearer token and X-Org-Id), as WhatsApp's audio does.
 */
export function CallRecordingPlayer({ fileId }: CallRecordingPlayerProps): React.JSX.Element {
  const { t } = useTranslation();
  const labelId = useId();
  const file = useFileUrl(fileId);

  return (
    <div className="flex flex-col gap-1">
      <span id={labelId} className="text-xs text-muted-foreground">
        {t('timeline.call.recording')}
      </span>
      {file.url ? (
        <audio
          controls
          preload="metadata"
          src={file.url}
          aria-labelledby={labelId}
          className="w-full max-w-sm"
        />
      ) : (
        <WhatsAppMediaStatus file={file} className="h-10 w-64" />
      )}
    </div>
  );
}
