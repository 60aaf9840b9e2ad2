import type { ActivityType, TimelineItem } from '@loved/shared';
import { ArrowRightLeft, type LucideIcon } from 'lucide-react';
import { hasTranslation } from '@/lib/i18n/translate';
import { useTranslation } from '@/lib/i18n/use-translation';
import { ACTIVITY_TYPE_ICONS } from '@/utils/activity-type-style';
import { timelineActorName } from '@/features/communications/utils/timeline-actor-name';

type SystemItem = Extract<TimelineItem, { type: 'system' }>;

/** A completed activity's line carries its type in `from`, as a plain string. */
function activityTypeOf(value: string | null): ActivityType | null {
  return value !== null && value in ACTIVITY_TYPE_ICONS ? (value as ActivityType) : null;
}

export type TimelineSystemEntryProps = {
  item: SystemItem;
  /** Names a member id (the assignee of an `assigned` line), when the team is known. */
  resolveUserName?: (userId: string) => string | undefined;
};

/**
 * A change to the lead (stage, assignee, outcome, an activity completed) as a quiet line
 * between communications.
 */
export function TimelineSystemEntry({
  item,
  resolveUserName,
}: TimelineSystemEntryProps): React.JSX.Element {
  const { t, dictionary, relative, dateTime } = useTranslation();

  const stage = (value: string | null): string => {
    const key = `stages.${value ?? ''}`;
    return hasTranslation(dictionary, key) ? t(key) : (value ?? t('common.noValue'));
  };

  let text: string;
  let Icon: LucideIcon = ArrowRightLeft;
  // The completion line names who did it itself ("Maria concluiu…"), so no "por Maria" after.
  let showsActor = true;
  switch (item.event) {
    case 'created':
      text = t('timeline.system.created');
      break;
    case 'stage_changed':
      text = t('timeline.system.stage_changed', { from: stage(item.from), to: stage(item.to) });
      break;
    case 'assigned': {
      const name = item.to ? resolveUserName?.(item.to) : undefined;
      text = item.to
        ? name
          ? t('timeline.system.assigned', { to: name })
          : t('timeline.system.assignedSomeone')
        : t('timeline.system.unassigned');
      break;
    }
    case 'outcome_set':
      text =
        item.to === 'won' || item.to === 'lost'
          ? t('timeline.system.outcome_set', { to: t(`outcomes.${item.to}`) })
          : t('timeline.system.outcomeCleared');
      break;
    case 'activity_done': {
      const type = activityTypeOf(item.from);
      if (type) Icon = ACTIVITY_TYPE_ICONS[type];
      const subject = item.to ?? t('common.noValue');
      text = item.actor
        ? t('timeline.system.activity_done', { name: timelineActorName(item.actor, t), subject })
        : t('timeline.system.activityDoneAnonymous', { subject });
      showsActor = false;
      break;
    }
  }

  return (
    <li className="relative flex items-center gap-3 pb-6 sm:gap-4">
      <span
        aria-hidden="true"
        className="relative z-10 grid size-10 shrink-0 place-items-center sm:size-12"
      >
        <span className="grid size-7 place-items-center rounded-full bg-muted text-muted-foreground ring-4 ring-background">
          <Icon className="size-3.5" />
        </span>
      </span>
      <p className="text-xs text-muted-foreground">
        <span className="font-medium text-foreground/80">{text}</span>
        {item.actor && showsActor
          ? ` ${t('timeline.system.by', { name: timelineActorName(item.actor, t) })}`
          : null}
        {' · '}
        <time dateTime={item.occurred_at} title={dateTime(item.occurred_at)}>
          {relative(item.occurred_at)}
        </time>
      </p>
    </li>
  );
}
