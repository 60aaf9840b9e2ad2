import type {
  ACTIVITY_DURATION_MAX_MINUTES as SHARED_DURATION_MAX,
  ACTIVITY_NOTES_MAX as SHARED_NOTES_MAX,
  ACTIVITY_SUBJECT_MAX as SHARED_SUBJECT_MAX,
  ActivityType,
  DEFAULT_TIME_ZONE as SHARED_DEFAULT_TIME_ZONE,
} from '@loved/shared';

// The web takes types only from the shared lib (its code stays out of the bundle); each
// `typeof` is the shared constant's literal type, so a value drifting from it fails to compile.
export const ACTIVITY_SUBJECT_MAX: typeof SHARED_SUBJECT_MAX = 200;
export const ACTIVITY_NOTES_MAX: typeof SHARED_NOTES_MAX = 5000;
export const ACTIVITY_DURATION_MAX_MINUTES: typeof SHARED_DURATION_MAX = 1440;
export const DEFAULT_TIME_ZONE: typeof SHARED_DEFAULT_TIME_ZONE = 'America/Sao_Paulo';

/** Every type once, in the order the form offers them (a missing one fails to compile). */
const TYPE_ORDER: Record<ActivityType, number> = {
  call: 0,
  meeting: 1,
  whatsapp: 2,
  email: 3,
  task: 4,
};
export const ACTIVITY_TYPES = (Object.keys(TYPE_ORDER) as ActivityType[]).sort(
  (a, b) => TYPE_ORDER[a] - TYPE_ORDER[b],
);
