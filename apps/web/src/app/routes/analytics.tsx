import { useAssigneeOptions } from '@/app/compositions/use-assignee-options';
import { PageHeader } from '@/components/page-header';
import { AnalyticsPage } from '@/features/analytics/components/analytics-page';
import { useTranslation } from '@/lib/i18n/use-translation';
import { selectCurrentMembership, useSessionStore } from '@/stores/session.store';

/**
 * `/analytics`: the reports (funnel, value, win rate, lost reasons, activities, first
 * response). Managers and admins pick whose figures; agents only ever see their own (the API
 * answers them so whatever they ask), so they get no owner filter.
 */
export function AnalyticsRoute(): React.JSX.Element {
  const { t } = useTranslation();
  const role = useSessionStore((state) => selectCurrentMembership(state)?.role);
  const currentUserId = useSessionStore((state) => state.user?.id ?? null);
  // The team comes from the organizations feature, shared (cached) with the board and the list.
  const { assignees } = useAssigneeOptions();
  const canChooseOwner = role === 'admin' || role === 'manager';

  return (
    <>
      <PageHeader
        title={t('titles.analytics')}
        description={canChooseOwner ? t('analytics.description') : t('analytics.agentDescription')}
      />
      <AnalyticsPage owners={canChooseOwner ? assignees : null} currentUserId={currentUserId} />
    </>
  );
}
