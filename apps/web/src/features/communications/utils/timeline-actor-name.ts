import type { TimelineActor } from '@loved/shared';
import type { Translate } from '@/lib/i18n/translate';

/** A timeline actor as a rep reads it: a person by name, an integration's key marked "(API)". */
export const timelineActorName = (actor: TimelineActor, t: Translate): string =>
  actor.type === 'api_key' ? t('timeline.apiKeyActor', { name: actor.name }) : actor.name;
