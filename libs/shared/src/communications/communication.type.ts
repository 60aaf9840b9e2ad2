import type { NotificationResponse } from '../notifications/notification.type';
import type { Channel, LeadEventType } from '../leads/lead-stage.enum';
import type { AiSummaryResponse } from '../ai/ai-summary.type';
import type { LeadResponse } from '../leads/lead.type';

export const Direction = {
  Inbound: 'inbound',
  Outbound: 'outbound',
  Internal: 'internal',
} as const;
export type Direction = (typeof Direction)[keyof typeof Direction];
export const DIRECTIONS: readonly Direction[] = Object.values(Direction);

/** Delivery only moves forward: pending < sent < delivered < read; failed is final. */
export const CommunicationStatus = {
  Pending: 'pending',
  Sent: 'sent',
  Delivered: 'delivered',
  Read: 'read',
  Failed: 'failed',
} as const;
export type CommunicationStatus = (typeof CommunicationStatus)[keyof typeof CommunicationStatus];
export const COMMUNICATION_STATUSES: readonly CommunicationStatus[] =
  Object.values(CommunicationStatus);

export type CommunicationAttachment = {
  file_id: string | null;
  name: string;
  content_type: string;
  size_bytes: number | null;
};

export type CommunicationResponse = {
  id: string;
  organization_id: string;
  lead_id: string;
  channel: Channel;
  direction: Direction;
  content: string;
  subject: string | null;
  /** Per channel, as in the seed: WhatsApp (phone_number, wa_id, message_type…), e-mail, call. */
  metadata: Record<string, unknown>;
  attachments: CommunicationAttachment[];
  external_id: string | null;
  status: CommunicationStatus;
  author_user_id: string | null;
  /** The organisation API key that wrote it, when an integration did. */
  author_api_key_id: string | null;
  sent_at: string;
  created_at: string;
  updated_at: string;
};

/** Who did something in the CRM: a person, or an organisation API key (an integration). */
export type TimelineActor = { id: string; name: string; type: 'user' | 'api_key' };

/** One entry of a lead's timeline: a communication, or a change to the lead shown as a system line. */
export type TimelineItem =
  | {
      type: 'communication';
      id: string;
      occurred_at: string;
      communication: CommunicationResponse;
      /** Who wrote it in the CRM (a note, a message or call from the CRM); null for inbound. */
      author: TimelineActor | null;
    }
  | {
      type: 'system';
      id: string;
      occurred_at: string;
      event: LeadEventType;
      from: string | null;
      to: string | null;
      actor: TimelineActor | null;
    };

/**
 * `POST /api/v1/leads/:id/notes`. `mentions`: members mentioned with the picker ("@Maria" in
 * the text); each is notified and the ids are kept in the note's `metadata.mentions`.
 */
export type CreateNoteRequest = { content: string; mentions?: string[] };

export const CallOutcome = {
  Completed: 'completed',
  Missed: 'missed',
  Busy: 'busy',
  NoAnswer: 'no_answer',
} as const;
export type CallOutcome = (typeof CallOutcome)[keyof typeof CallOutcome];
export const CALL_OUTCOMES: readonly CallOutcome[] = Object.values(CallOutcome);

export type LogCallRequest = {
  direction: 'inbound' | 'outbound';
  duration_seconds: number;
  outcome: CallOutcome;
  note?: string;
  occurred_at?: string;
};

export type CommunicationSearchHit = {
  communication: CommunicationResponse;
  lead: { id: string; name: string };
  /** HTML-escaped text with matches wrapped in <mark>…</mark>. */
  snippet: string;
  rank: number;
};

export type LiveEventType =
  | 'communication.created'
  | 'communication.updated'
  | 'lead.created'
  | 'lead.updated'
  | 'lead.moved'
  | 'lead.deleted'
  | 'ai_summary.ready'
  | 'notification.created';

/** Data of a Server-Sent Event of `GET /api/v1/events`. */
export type LiveEvent = {
  type: LiveEventType;
  organization_id: string;
  /** Null only for a `notification.created` about the organisation itself (no lead). */
  lead_id: string | null;
  /** The lead's assignee at the time, used to keep agents' streams to what they may see. */
  assigned_user_id: string | null;
  occurred_at: string;
  lead?: LeadResponse;
  communication?: CommunicationResponse;
  /** With `ai_summary.ready`: the summary, `done` or `failed`. */
  ai_summary?: AiSummaryResponse;
  /** With `notification.created`: delivered only to the stream of `recipient_user_id`. */
  recipient_user_id?: string;
  notification?: NotificationResponse;
};

export type EventStreamTokenResponse = { token: string; expires_in: number };
