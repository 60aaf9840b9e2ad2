import { cn } from '@/lib/cn';
import { useLiveStore } from '@/features/live/stores/live.store';
import { useTranslation } from '@/lib/i18n/use-translation';

/** A dot and a word in the header: are colleagues' changes arriving on their own? */
export function LiveStatus(): React.JSX.Element | null {
  const { t } = useTranslation();
  const status = useLiveStore((state) => state.status);
  if (status === 'idle') return null;

  const isConnected = status === 'connected';
  const label =
    status === 'connected'
      ? t('live.connected')
      : status === 'connecting'
        ? t('live.connecting')
        : t('live.offline');

  return (
    <span
      className="inline-flex items-center gap-1.5 text-xs text-muted-foreground"
      title={isConnected ? t('live.connectedHint') : t('live.offlineHint')}
      data-live-status={status}
    >
      <span
        aria-hidden="true"
        className={cn(
          'size-2 rounded-full',
          isConnected ? 'bg-success' : status === 'connecting' ? 'bg-amber-400' : 'bg-border',
          isConnected && 'animate-pulse',
        )}
      />
      <span className="sr-only sm:not-sr-only">{label}</span>
    </span>
  );
}
