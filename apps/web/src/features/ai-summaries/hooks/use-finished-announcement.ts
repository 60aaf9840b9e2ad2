import type { AiSummaryResponse } from '@loved/shared';
import { useState } from 'react';
import { useTranslation } from '@/lib/i18n/use-translation';

/**
 * What to tell screen readers about the summary on screen: that the one they watched being
 * written is now ready (or failed). Empty otherwise, so opening the dialog says nothing extra.
 */
export function useFinishedAnnouncement(summary: AiSummaryResponse | null | undefined): string {
  const { t } = useTranslation();
  const [watchedId, setWatchedId] = useState<string | null>(null);
  // Remembered while rendering, as React's docs adjust state to what a render shows.
  if (summary?.status === 'pending' && summary.id !== watchedId) setWatchedId(summary.id);
  if (!summary || summary.id !== watchedId || summary.status === 'pending') return '';
  return summary.status === 'done' ? t('aiSummaries.ready') : t('aiSummaries.failedTitle');
}
