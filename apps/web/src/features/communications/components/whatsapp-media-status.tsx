import { Button } from '@/components/ui/button';
import { Skeleton } from '@/components/ui/skeleton';
import type { FileUrl } from '@/features/communications/hooks/use-file-url';
import { cn } from '@/lib/cn';
import { useTranslation } from '@/lib/i18n/use-translation';

export type WhatsAppMediaStatusProps = {
  file: FileUrl;
  /** Size of the placeholder while the bytes load. */
  className?: string;
};

/** What stands in for a medium whose bytes are still loading, or failed to. */
export function WhatsAppMediaStatus({
  file,
  className,
}: WhatsAppMediaStatusProps): React.JSX.Element | null {
  const { t } = useTranslation();
  if (file.isError) {
    return (
      <p className="flex flex-wrap items-center gap-2 text-xs text-destructive">
        {t('timeline.whatsapp.mediaLoadError')}
        <Button variant="outline" size="sm" className="text-foreground" onClick={file.retry}>
          {t('common.retry')}
        </Button>
      </p>
    );
  }
  if (file.url) return null;
  return (
    <div>
      <Skeleton className={cn('h-40 w-56', className)} />
      <span className="sr-only">{t('timeline.whatsapp.mediaLoading')}</span>
    </div>
  );
}
