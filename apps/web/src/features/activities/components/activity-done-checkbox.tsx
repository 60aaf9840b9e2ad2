import type { ActivityResponse } from '@loved/shared';
import { useTranslation } from '@/lib/i18n/use-translation';

export type ActivityDoneCheckboxProps = {
  activity: ActivityResponse;
  onToggle: (activity: ActivityResponse, done: boolean) => void;
};

/** The one-click "done": a native checkbox, so Space toggles it and its state is announced. */
export function ActivityDoneCheckbox({
  activity,
  onToggle,
}: ActivityDoneCheckboxProps): React.JSX.Element {
  const { t } = useTranslation();
  return (
    <input
      type="checkbox"
      checked={activity.done}
      aria-label={t('activities.item.done', { subject: activity.subject })}
      className="mt-0.5 size-4.5 shrink-0 cursor-pointer rounded-full accent-primary outline-none focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-offset-2"
      onChange={(event) => onToggle(activity, event.target.checked)}
    />
  );
}
