import type {
  AiSummaryResponse,
  CommunicationResponse,
  LeadResponse,
  LiveEvent,
} from '@loved/shared';
import { refreshActivitiesSoon } from '@/features/activities/utils/activity-cache';
import { receiveAiSummary } from '@/features/ai-summaries/utils/ai-summary-cache';
import {
  addToTimelines,
  refreshLeadTimelines,
} from '@/features/communications/utils/timeline-cache';
import { patchLeadRecord, readLeadRecord } from '@/features/leads/utils/lead-records';
import { forgetLead, receiveLead } from '@/features/leads/utils/receive-lead';
import { receiveNotification } from '@/features/notifications/utils/notification-cache';
import { showNotificationToast } from '@/features/notifications/utils/notification-toast';
import { refreshWhatsAppWindow } from '@/features/whatsapp/utils/window-cache';
import { useSessionStore } from '@/stores/session.store';

/**
 * A lead as it stands after one more communication: counted, and its last contact moved on
 * when the communication is a contact (not an internal note) newer than the last one.
 */
export function withCommunicationCounted(
  lead: LeadResponse,
  communication: CommunicationResponse,
): LeadResponse {
  const isNewerContact =
    communication.direction !== 'internal' &&
    (lead.last_contact_at === null || lead.last_contact_at <= communication.sent_at);
  return {
    ...lead,
    communications_count: lead.communications_count + 1,
    ...(isNewerContact
      ? { last_contact_at: communication.sent_at, last_contact_channel: communication.channel }
      : {}),
  };
}

/**
 * A summary that finished (the live `ai_summary.ready`, or found by the dialog's polling): the
 * lead's summaries show it, and a done one lights the lead's "has a summary" dot on the board
 * card and the lead page, which read the same record.
 */
export function applyFinishedAiSummary(summary: AiSummaryResponse): void {
  receiveAiSummary(summary);
  if (summary.status !== 'done') return;
  patchLeadRecord(summary.lead_id, (lead) =>
    lead.has_ai_summary ? lead : { ...lead, has_ai_summary: true },
  );
}

/**
 * Whether a lead's update may have changed its activities (one scheduled, completed or moved
 * elsewhere): its next activity differs from the record's, or there is no record to compare.
 */
export function nextActivityChanged(lead: LeadResponse): boolean {
  const record = readLeadRecord(lead.id);
  if (!record) return true;
  return JSON.stringify(record.next_activity) !== JSON.stringify(lead.next_activity);
}

function assertNever(event: never): void {
  void event;
}

/**
 * Applies one live event to the SPA's state, the only place that does: the lead's record
 * (which the board's card, the side panel and the lead page all read), the board's columns and
 * the lead's timelines. A new event type is one more case here; the switch refuses to compile
 * until it has one.
 */
export function applyLiveEvent(event: LiveEvent): void {
  switch (event.type) {
    case 'lead.created':
      if (event.lead) receiveLead(event.lead, { isNew: true });
      return;
    case 'lead.updated':
    case 'lead.moved':
      if (!event.lead) return;
      // "Minha agenda" and the lead's panel reload when someone else changed its activities.
      if (nextActivityChanged(event.lead)) refreshActivitiesSoon();
      receiveLead(event.lead);
      // The server wrote the change's system line (stage, owner, activity done) to the timeline.
      refreshLeadTimelines(event.lead.id);
      return;
    case 'lead.deleted':
      if (event.lead_id) forgetLead(event.lead_id);
      return;
    case 'communication.created': {
      const { communication } = event;
      if (communication) addToTimelines(communication);
      // A customer's WhatsApp message opens the 24-hour window for free text again.
      if (communication?.channel === 'whatsapp' && communication.direction === 'inbound') {
        refreshWhatsAppWindow(communication.lead_id);
      }
      // The server's own copy of the lead, when it sends one, already counts the communication.
      if (event.lead) receiveLead(event.lead);
      else if (communication) {
        patchLeadRecord(communication.lead_id, (lead) =>
          withCommunicationCounted(lead, communication),
        );
      }
      return;
    }
    case 'communication.updated':
      // A delivery tick, a call's outcome: the timeline entry changes, the count does not.
      if (event.communication) addToTimelines(event.communication);
      if (event.lead) receiveLead(event.lead);
      return;
    case 'ai_summary.ready':
      if (event.ai_summary) applyFinishedAiSummary(event.ai_summary);
      if (event.lead) receiveLead(event.lead);
      return;
    case 'notification.created': {
      const { notification, recipient_user_id: recipient } = event;
      // The server sends it to its recipient's stream only; a stray one is not this user's.
      if (!notification || recipient !== useSessionStore.getState().user?.id) return;
      receiveNotification(notification);
      showNotificationToast(notification);
      return;
    }
    default:
      assertNever(event.type);
  }
}
