import { createHash } from 'node:crypto';

/**
 * The dedupe key of an activity's reminder: the activity at its due time. The same due time is
 * one reminder however many workers raise it; a rescheduled activity is a new one.
 */
export function reminderSourceId(activityId: string, dueAt: Date): string {
  const hex = createHash('sha256').update(`${activityId}:${dueAt.toISOString()}`).digest('hex');
  // Shaped as a version-8 (custom) UUID with the RFC 9562 variant, so it fits a uuid column.
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
