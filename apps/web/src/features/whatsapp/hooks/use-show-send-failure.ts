import type { CommunicationResponse } from '@loved/shared';
import { useCallback } from 'react';
import { failureReasonOf } from '@/features/whatsapp/utils/send-outcome';
import { useTranslation } from '@/lib/i18n/use-translation';
import { showToast } from '@/stores/toast.store';

/**
 * Says that Meta refused a message the API recorded as `failed`. The timeline entry shows it
 * too (a red mark); the toast makes sure the sender notices at once.
 */
export function useShowSendFailure(): (communication: CommunicationResponse) => void {
  const { t } = useTranslation();
  return useCallback(
    (communication) =>
      showToast({
        title: t('whatsapp.composer.failed', {
          reason: failureReasonOf(communication) ?? t('timeline.whatsapp.failedUnknown'),
        }),
        variant: 'destructive',
      }),
    [t],
  );
}
