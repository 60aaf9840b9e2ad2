import type { LiveEvent, LiveEventType } from '@loved/shared';

const LIVE_EVENT_TYPES: Record<LiveEventType, true> = {
  'communication.created': true,
  'communication.updated': true,
  'lead.created': true,
  'lead.updated': true,
  'lead.moved': true,
  'lead.deleted': true,
  'ai_summary.ready': true,
  'notification.created': true,
};

/** The named events the stream delivers; listening by name is how EventSource gets them. */
export const LIVE_EVENT_NAMES = Object.keys(LIVE_EVENT_TYPES) as LiveEventType[];

function isLiveEventType(value: unknown): value is LiveEventType {
  return typeof value === 'string' && value in LIVE_EVENT_TYPES;
}

/** The `data` of one server-sent event, or null when it is not a LiveEvent. */
export function parseLiveEvent(data: string, name: string): LiveEvent | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(data);
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null) return null;
  const candidate = parsed as Record<string, unknown>;
  const type = candidate.type ?? name;
  const leadId = candidate.lead_id;
  if (!isLiveEventType(type) || (typeof leadId !== 'string' && leadId !== null)) return null;
  return { ...(candidate as LiveEvent), type };
}
