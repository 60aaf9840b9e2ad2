import type { LeadAssignee } from '../leads/lead.type';

/** What a scheduled step on a lead is (Pipedrive-style activities). */
export const ActivityType = {
  Call: 'call',
  Meeting: 'meeting',
  WhatsApp: 'whatsapp',
  Email: 'email',
  Task: 'task',
} as const;
export type ActivityType = (typeof ActivityType)[keyof typeof ActivityType];
export const ACTIVITY_TYPES: readonly ActivityType[] = Object.values(ActivityType);

/** The organisation's time zone when none was chosen ("today" and due dates are read in it). */
export const DEFAULT_TIME_ZONE = 'America/Sao_Paulo';

export const ACTIVITY_SUBJECT_MAX = 200;
export const ACTIVITY_NOTES_MAX = 5000;
/** Longest duration one activity may have, in minutes (a full day). */
export const ACTIVITY_DURATION_MAX_MINUTES = 1440;

/** An activity as the API shows it (`GET /api/v1/activities`, `…/:id`). */
export type ActivityResponse = {
  id: string;
  organization_id: string;
  lead_id: string;
  /** The lead's name, for lists of activities outside the lead page ("Minha agenda"). */
  lead: { id: string; name: string };
  type: ActivityType;
  subject: string;
  /** An instant (ISO 8601, UTC). The SPA shows it in the organisation's time zone. */
  due_at: string;
  duration_minutes: number | null;
  assigned_user_id: string | null;
  assigned_user: LeadAssignee | null;
  done: boolean;
  done_at: string | null;
  notes: string | null;
  created_by_user_id: string | null;
  created_at: string;
  updated_at: string;
};

/** `POST /api/v1/activities`. `assigned_user_id` defaults to the caller. */
export type CreateActivityRequest = {
  lead_id: string;
  type: ActivityType;
  subject: string;
  /** ISO 8601 with an offset or `Z` (e.g. `2026-12-04T10:00:00-03:00`). */
  due_at: string;
  duration_minutes?: number | null;
  assigned_user_id?: string | null;
  notes?: string | null;
};

/** `PATCH /api/v1/activities/:id`: any field; `done: true` completes it (timeline entry), `false` reopens. */
export type UpdateActivityRequest = Partial<Omit<CreateActivityRequest, 'lead_id'>> & {
  done?: boolean;
};

/**
 * Query of `GET /api/v1/activities` (keyset pages ordered by `due_at`, then id):
 * `assigned_user_id` (a UUID or `me`), `lead_id`, `due_from`/`due_to` (ISO instants, `due_to`
 * exclusive), `overdue=true` (not done and due before now), `done=true|false`, `cursor`, `limit`.
 */
export type ListActivitiesQuery = {
  assigned_user_id?: string;
  lead_id?: string;
  due_from?: string;
  due_to?: string;
  overdue?: boolean;
  done?: boolean;
  cursor?: string;
  limit?: number;
};

/**
 * `GET /api/v1/activities/my-day`: the caller's activities in the organisation's time zone —
 * `overdue` (not done, due before today), `today` (due today, done or not, by due time) and
 * `upcoming` (not done, due in the next 7 days after today). At most 100 per group.
 */
export type MyDayResponse = {
  time_zone: string;
  /** Today's date in the organisation's time zone, `YYYY-MM-DD`. */
  date: string;
  overdue: ActivityResponse[];
  today: ActivityResponse[];
  upcoming: ActivityResponse[];
};

/** The next open activity of a lead (earliest due), shown on its card; null when none. */
export type LeadNextActivity = {
  id: string;
  type: ActivityType;
  subject: string;
  due_at: string;
  assigned_user_id: string | null;
};
