import { useMemo } from 'react';
import { paths } from '@/config/paths';
import type { ComposerTab } from '@/features/communications/types/composer-tab';
import { addToTimelines } from '@/features/communications/utils/timeline-cache';
import { useLeadRecord } from '@/features/leads/hooks/use-lead-record';
import { WhatsAppComposer } from '@/features/whatsapp/components/whatsapp-composer';
import { useTranslation } from '@/lib/i18n/use-translation';
import { selectCurrentMembership, useSessionStore } from '@/stores/session.store';
import { CHANNEL_STYLES } from '@/utils/channel-style';

/**
 * The timeline composer's WhatsApp tab: the whatsapp feature's composer, told the lead's phone
 * (leads feature) and writing what it sends into the timeline's cache (communications feature).
 */
export function useWhatsAppComposerTab(leadId: string): readonly ComposerTab[] {
  const { t } = useTranslation();
  const lead = useLeadRecord(leadId);
  const isAdmin = useSessionStore((state) => selectCurrentMembership(state)?.role === 'admin');
  // Unknown (undefined) until the lead is loaded; then its phone, or null when it has none.
  const leadPhone = lead === undefined ? undefined : lead.phone;
  const label = t('channels.whatsapp');

  return useMemo(
    () => [
      {
        value: 'whatsapp',
        label,
        icon: CHANNEL_STYLES.whatsapp.icon,
        content: (
          <WhatsAppComposer
            leadId={leadId}
            leadPhone={leadPhone}
            settingsPath={isAdmin ? paths.settings : undefined}
            onSent={addToTimelines}
          />
        ),
      },
    ],
    [label, leadId, leadPhone, isAdmin],
  );
}
