import type { ActivityType } from '@loved/shared';

/** The activity form as typed: strings, converted for the API on submit. */
export type ActivityFormValues = {
  type: ActivityType;
  subject: string;
  /** `YYYY-MM-DD`, a day in the organisation's time zone. */
  date: string;
  /** `HH:mm`, a wall-clock time in the organisation's time zone. */
  time: string;
  /** Minutes; '' for none. */
  duration: string;
  /** '' for nobody. */
  assignedUserId: string;
  notes: string;
};

export type ActivityFormField = keyof ActivityFormValues;

export type ActivityFormErrors = Partial<Record<ActivityFormField, string>>;

/** Someone an activity can be assigned to. */
export type ActivityAssigneeOption = { id: string; name: string };

/** What a new activity starts with (e.g. "Agendar próximo passo": a call tomorrow at 10:00). */
export type ActivityFormPreset = Partial<
  Pick<ActivityFormValues, 'type' | 'subject' | 'date' | 'time'>
>;
