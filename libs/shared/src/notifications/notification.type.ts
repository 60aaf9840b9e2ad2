import type { Channel } from '../leads/lead-stage.enum';
import type { ActivityType } from '../activities/activity.type';

/** What a notification is about. Each kind can be muted per user. */
export const NotificationKind = {
  /** A customer's message arrived on a lead assigned to me. */
  InboundMessage: 'inbound_message',
  /** One of my activities is due in 15 minutes. */
  ActivityDue: 'activity_due',
  /** Someone else assigned a lead to me. */
  LeadAssigned: 'lead_assigned',
  /** Someone mentioned me in a note. */
  Mention: 'mention',
  /** (Admins) an outbound webhook endpoint was disabled after its deliveries failed for ~24 h. */
  WebhookEndpointDisabled: 'webhook_endpoint_disabled',
} as const;
export type NotificationKind = (typeof NotificationKind)[keyof typeof NotificationKind];
export const NOTIFICATION_KINDS: readonly NotificationKind[] = Object.values(NotificationKind);

/** How long before an activity's due time its reminder is raised. */
export const ACTIVITY_REMINDER_LEAD_MINUTES = 15;

/** A notification of the signed-in user in the current organisation. */
export type NotificationResponse = {
  id: string;
  kind: NotificationKind;
  lead: { id: string; name: string } | null;
  /** Who caused it (assigner, author of the note); null for customers and the scheduler. */
  actor: { id: string; name: string } | null;
  /** With `activity_due`. */
  activity: { id: string; type: ActivityType; subject: string; due_at: string } | null;
  /** With `inbound_message`: the channel of the message (never its text). */
  channel: Channel | null;
  /** With `inbound_message` and `mention`: the communication (message or note). */
  communication_id: string | null;
  read: boolean;
  read_at: string | null;
  created_at: string;
};

/** `GET /api/v1/notifications?unread=true&cursor=&limit=` pages newest first; this is the count. */
export type NotificationUnreadCountResponse = { count: number };

/** `GET|PUT /api/v1/notifications/settings`: the kinds the user muted (nothing is stored for them). */
export type NotificationSettings = { muted_kinds: NotificationKind[] };

/** `POST /api/v1/notifications/read-all`: how many were marked read. */
export type MarkAllNotificationsReadResponse = { updated: number };
