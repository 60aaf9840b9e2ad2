import { AnalyticsFiltersBar } from '@/features/analytics/components/analytics-filters-bar';
import { ActivitiesSection } from '@/features/analytics/components/activities-section';
import { FirstResponseSection } from '@/features/analytics/components/first-response-section';
import { FunnelSection } from '@/features/analytics/components/funnel-section';
import { LostReasonsSection } from '@/features/analytics/components/lost-reasons-section';
import { OwnerValueSection } from '@/features/analytics/components/owner-value-section';
import { StageValueSection } from '@/features/analytics/components/stage-value-section';
import { WinRateSection } from '@/features/analytics/components/win-rate-section';
import { useAnalyticsFilters } from '@/features/analytics/hooks/use-analytics-filters';
import type { AnalyticsOwner } from '@/features/analytics/types/analytics-filters';
import { toAnalyticsQuery } from '@/features/analytics/utils/analytics-period';

export type AnalyticsPageProps = {
  /** The team, for the owner filter; null for agents, whom the API shows only their own. */
  owners: AnalyticsOwner[] | null;
  currentUserId: string | null;
};

/** The filters bar over every report, each loading on its own. */
export function AnalyticsPage({ owners, currentUserId }: AnalyticsPageProps): React.JSX.Element {
  const { filters, setPeriod, setDates, setOwner } = useAnalyticsFilters();
  const query = toAnalyticsQuery(filters, owners !== null);
  // The pipeline's value is a snapshot of now: the period would only split its cache.
  const ownerQuery = query.owner_id ? { owner_id: query.owner_id } : {};

  return (
    <>
      <AnalyticsFiltersBar
        filters={filters}
        onPeriodChange={setPeriod}
        onDatesChange={setDates}
        onOwnerChange={setOwner}
        owners={owners}
        currentUserId={currentUserId}
      />
      <div className="grid gap-6 lg:grid-cols-2">
        <WinRateSection query={query} />
        <FunnelSection query={query} />
        <StageValueSection query={ownerQuery} />
        <OwnerValueSection query={ownerQuery} />
        <LostReasonsSection query={query} />
        <ActivitiesSection query={query} />
        <FirstResponseSection query={query} />
      </div>
    </>
  );
}
