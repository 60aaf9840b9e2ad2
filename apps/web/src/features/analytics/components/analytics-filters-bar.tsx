import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import {
  PERIOD_PRESETS,
  type AnalyticsFilters,
  type AnalyticsOwner,
  type PeriodPreset,
} from '@/features/analytics/types/analytics-filters';
import { useTranslation } from '@/lib/i18n/use-translation';

export type AnalyticsFiltersBarProps = {
  filters: AnalyticsFilters;
  onPeriodChange: (period: PeriodPreset) => void;
  onDatesChange: (dates: { from?: string; to?: string }) => void;
  onOwnerChange: (ownerId: string | undefined) => void;
  /** Everyone the owner filter can name besides "all" and "me"; hidden when null (agents). */
  owners: AnalyticsOwner[] | null;
  currentUserId: string | null;
};

const isPreset = (value: string): value is PeriodPreset =>
  (PERIOD_PRESETS as readonly string[]).includes(value);

/** Period (a preset or two dates) and owner; native controls, so the keyboard gets them all. */
export function AnalyticsFiltersBar({
  filters,
  onPeriodChange,
  onDatesChange,
  onOwnerChange,
  owners,
  currentUserId,
}: AnalyticsFiltersBarProps): React.JSX.Element {
  const { t } = useTranslation();
  const others = (owners ?? []).filter((owner) => owner.id !== currentUserId);
  const isKnownOwner =
    filters.owner_id === undefined ||
    filters.owner_id === 'me' ||
    others.some((owner) => owner.id === filters.owner_id);

  return (
    <form
      role="search"
      aria-label={t('analytics.filters.label')}
      className="mb-6 grid grid-cols-2 gap-3 sm:grid-cols-4 sm:items-end lg:max-w-4xl"
      onSubmit={(event) => event.preventDefault()}
    >
      <Field label={t('analytics.filters.period')} className="col-span-2 sm:col-span-1">
        {(control) => (
          <Select
            {...control}
            value={filters.period}
            onChange={(event) => {
              if (isPreset(event.target.value)) onPeriodChange(event.target.value);
            }}
          >
            {PERIOD_PRESETS.map((preset) => (
              <option key={preset} value={preset}>
                {t(`analytics.filters.presets.${preset}`)}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field label={t('analytics.filters.from')}>
        {(control) => (
          <Input
            {...control}
            type="date"
            value={filters.from}
            max={filters.to}
            required
            onChange={(event) => onDatesChange({ from: event.target.value })}
          />
        )}
      </Field>
      <Field label={t('analytics.filters.to')}>
        {(control) => (
          <Input
            {...control}
            type="date"
            value={filters.to}
            min={filters.from}
            required
            onChange={(event) => onDatesChange({ to: event.target.value })}
          />
        )}
      </Field>
      {owners ? (
        <Field label={t('analytics.owner')} className="col-span-2 sm:col-span-1">
          {(control) => (
            <Select
              {...control}
              value={filters.owner_id ?? ''}
              onChange={(event) => onOwnerChange(event.target.value || undefined)}
            >
              <option value="">{t('analytics.filters.allOwners')}</option>
              <option value="me">{t('analytics.filters.me')}</option>
              {others.map((owner) => (
                <option key={owner.id} value={owner.id}>
                  {owner.name}
                </option>
              ))}
              {isKnownOwner ? null : (
                <option value={filters.owner_id}>{t('analytics.filters.otherOwner')}</option>
              )}
            </Select>
          )}
        </Field>
      ) : null}
    </form>
  );
}
