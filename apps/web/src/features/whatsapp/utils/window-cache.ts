import { whatsAppWindowQueryKey } from '@/features/whatsapp/api/get-whatsapp-window';
import { queryClient } from '@/lib/query-client';
import { useSessionStore } from '@/stores/session.store';

/**
 * Asks again whether a lead's conversation is open: an inbound WhatsApp message (re)opens the
 * 24-hour window, so a composer showing templates can go back to free text.
 */
export function refreshWhatsAppWindow(leadId: string): void {
  void queryClient.invalidateQueries({
    queryKey: whatsAppWindowQueryKey(useSessionStore.getState().organizationId, leadId),
  });
}
