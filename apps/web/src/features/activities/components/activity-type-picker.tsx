import type { ActivityType } from '@loved/shared';
import { ACTIVITY_TYPES } from '@/features/activities/utils/activity-constants';
import { ACTIVITY_TYPE_ICONS } from '@/utils/activity-type-style';
import { cn } from '@/lib/cn';
import { useTranslation } from '@/lib/i18n/use-translation';

export type ActivityTypePickerProps = {
  value: ActivityType;
  disabled?: boolean;
  error?: string;
  onChange: (type: ActivityType) => void;
};

/**
 * The five types as a row of icon buttons. Native radios underneath, so the arrow keys move
 * between them and a screen reader announces "Ligação, opção 1 de 5".
 */
export function ActivityTypePicker({
  value,
  disabled,
  error,
  onChange,
}: ActivityTypePickerProps): React.JSX.Element {
  const { t } = useTranslation();
  return (
    <fieldset className="flex flex-col gap-1.5" disabled={disabled}>
      <legend className="mb-1.5 text-sm font-medium">{t('activities.form.type')}</legend>
      <div className="flex flex-wrap gap-2">
        {ACTIVITY_TYPES.map((type) => {
          const Icon = ACTIVITY_TYPE_ICONS[type];
          return (
            <label
              key={type}
              className={cn(
                'flex cursor-pointer items-center gap-1.5 rounded-md border border-border bg-surface px-3 py-1.5 text-sm shadow-xs transition-colors hover:bg-muted',
                'has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-ring',
                type === value && 'border-primary bg-primary/10 font-medium text-foreground',
              )}
            >
              <input
                type="radio"
                name="activity-type"
                value={type}
                checked={type === value}
                className="sr-only"
                onChange={() => onChange(type)}
              />
              <Icon aria-hidden="true" className="size-4" />
              {t(`activities.types.${type}`)}
            </label>
          );
        })}
      </div>
      {error ? <p className="text-xs font-medium text-destructive">{error}</p> : null}
    </fieldset>
  );
}
