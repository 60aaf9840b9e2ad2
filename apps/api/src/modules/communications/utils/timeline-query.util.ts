import type {
  Channel,
  CommunicationAttachment,
  CommunicationStatus,
  Direction,
  LeadEventType,
} from '@loved/shared';

type TimelineRowBase = {
  id: string;
  occurred_at: Date;
  organization_id: string;
  lead_id: string;
  /** The organisation API key that wrote the communication or made the change, if any. */
  api_key_id: string | null;
};

/** A communication of the page, with all its columns (the event columns come back null). */
export type CommunicationTimelineRow = TimelineRowBase & {
  kind: 'communication';
  channel: Channel;
  direction: Direction;
  content: string;
  subject: string | null;
  metadata: Record<string, unknown>;
  attachments: CommunicationAttachment[];
  external_id: string | null;
  status: CommunicationStatus;
  author_user_id: string | null;
  created_at: Date;
  updated_at: Date;
};

/** A change to the lead (stage, assignee, outcome), shown as a system line. */
export type SystemTimelineRow = TimelineRowBase & {
  kind: 'system';
  event_type: LeadEventType;
  actor_user_id: string | null;
  from_value: string | null;
  to_value: string | null;
};

/** One row of a timeline page, whole, so a page needs no second lookup by id. */
export type TimelineRow = CommunicationTimelineRow | SystemTimelineRow;

export type TimelineQueryInput = {
  organizationId: string;
  leadId: string;
  /** Rows to fetch: the page's limit plus one, to know whether another page follows. */
  take: number;
  channel?: Channel;
  /** The last item shown, as the keyset cursor holds it: [occurred_at ISO, id]. */
  after?: [string, string];
};

/**
 * The SQL of one timeline page, newest first on (occurred_at, id). Each branch of the UNION
 * carries the keyset condition, its own ORDER BY and LIMIT, so PostgreSQL reads at most `take`
 * rows from each index (`idx_communications_timeline`, `idx_lead_events_timeline`) and merges
 * them; ordering outside the union instead made every page read and sort the lead's whole
 * history. Scoped by organization_id here and by RLS underneath.
 */
export function timelinePageQuery(input: TimelineQueryInput): { sql: string; params: unknown[] } {
  const params: unknown[] = [input.organizationId, input.leadId, input.take];
  const after = input.after
    ? `($${params.push(input.after[0])}::timestamptz, $${params.push(input.after[1])}::uuid)`
    : null;
  const channel = input.channel ? `AND c.channel = $${params.push(input.channel)}` : '';
  const communications = `(SELECT 'communication' AS kind, c.id, c.sent_at AS occurred_at,
      c.organization_id, c.lead_id, c.channel, c.direction, c.content, c.subject, c.metadata,
      c.attachments, c.external_id, c.status, c.author_user_id, c.created_at, c.updated_at,
      NULL::varchar AS event_type, NULL::uuid AS actor_user_id, NULL::text AS from_value,
      NULL::text AS to_value, c.author_api_key_id AS api_key_id
    FROM communications c
    WHERE c.organization_id = $1 AND c.lead_id = $2 ${channel}
      ${after ? `AND (c.sent_at, c.id) < ${after}` : ''}
    ORDER BY c.sent_at DESC, c.id DESC LIMIT $3)`;
  // A channel filter shows that channel's messages only, without system lines.
  const events = input.channel
    ? ''
    : `UNION ALL (SELECT 'system', e.id, e.created_at, e.organization_id, e.lead_id, NULL, NULL,
      NULL, NULL, NULL, NULL, NULL, NULL, NULL, e.created_at, NULL, e.type, e.actor_user_id,
      e.from_value, e.to_value, e.actor_api_key_id
    FROM lead_events e
    WHERE e.organization_id = $1 AND e.lead_id = $2
      ${after ? `AND (e.created_at, e.id) < ${after}` : ''}
    ORDER BY e.created_at DESC, e.id DESC LIMIT $3)`;
  return {
    sql: `SELECT t.* FROM (${communications} ${events}) t
      ORDER BY t.occurred_at DESC, t.id DESC LIMIT $3`,
    params,
  };
}
