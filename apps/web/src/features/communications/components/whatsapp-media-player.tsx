import { WhatsAppMediaStatus } from '@/features/communications/components/whatsapp-media-status';
import { useFileUrl } from '@/features/communications/hooks/use-file-url';
import { useTranslation } from '@/lib/i18n/use-translation';

export type WhatsAppMediaPlayerProps = {
  fileId: string;
  kind: 'audio' | 'video';
  /** A voice note recorded in WhatsApp rather than an audio file. */
  isVoice?: boolean;
};

/** Audio (voice notes included) and video, with the browser's own, keyboard-ready controls. */
export function WhatsAppMediaPlayer({
  fileId,
  kind,
  isVoice = false,
}: WhatsAppMediaPlayerProps): React.JSX.Element {
  const { t } = useTranslation();
  const file = useFileUrl(fileId);

  if (!file.url) {
    return (
      <WhatsAppMediaStatus file={file} className={kind === 'audio' ? 'h-10 w-64' : undefined} />
    );
  }
  if (kind === 'audio') {
    return (
      <audio
        controls
        preload="metadata"
        src={file.url}
        aria-label={isVoice ? t('timeline.whatsapp.voice') : t('timeline.whatsapp.audio')}
        className="w-full max-w-sm"
      />
    );
  }
  return (
    <video
      controls
      preload="metadata"
      src={file.url}
      aria-label={t('timeline.whatsapp.video')}
      className="max-h-80 max-w-full rounded-lg border border-border bg-black"
    />
  );
}
