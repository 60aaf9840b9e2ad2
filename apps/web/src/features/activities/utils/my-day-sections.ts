import type { ActivityResponse, MyDayResponse } from '@loved/shared';

export const MY_DAY_SECTIONS = ['overdue', 'today', 'upcoming'] as const;
export type MyDaySection = (typeof MY_DAY_SECTIONS)[number];

/** An activity ticked on this screen, remembered with the section it was in. */
export type KeptActivity = { section: MyDaySection; activity: ActivityResponse };

/**
 * A section's activities by due time. The server leaves a completed late or upcoming activity
 * out of its group; one ticked on this screen stays where it was (struck through), so the
 * rep sees what they did and can untick it.
 */
export function sectionActivities(
  data: MyDayResponse,
  section: MyDaySection,
  kept: ReadonlyMap<string, KeptActivity>,
): ActivityResponse[] {
  const shown = new Set(MY_DAY_SECTIONS.flatMap((name) => data[name].map(({ id }) => id)));
  const extra = [...kept.values()]
    .filter((entry) => entry.section === section && !shown.has(entry.activity.id))
    .map((entry) => entry.activity);
  return [...data[section], ...extra].sort(
    (a, b) => a.due_at.localeCompare(b.due_at) || a.id.localeCompare(b.id),
  );
}

/** What a section's count says: the activities still to do. */
export function openCount(activities: readonly ActivityResponse[]): number {
  return activities.filter((activity) => !activity.done).length;
}
