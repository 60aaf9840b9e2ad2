import { SquareKanban } from 'lucide-react';
import { Link } from 'react-router';
import { useAssigneeOptions } from '@/app/compositions/use-assignee-options';
import { PageHeader } from '@/components/page-header';
import { Button } from '@/components/ui/button';
import { paths } from '@/config/paths';
import { LeadList } from '@/features/lead-list/components/lead-list';
import { useTranslation } from '@/lib/i18n/use-translation';
import { selectCurrentMembership, useSessionStore } from '@/stores/session.store';

/** `/leads`: every lead in a table, with filters in the URL, saved filters and bulk actions. */
export function LeadListRoute(): React.JSX.Element {
  const { t } = useTranslation();
  const currentUserId = useSessionStore((state) => state.user?.id ?? null);
  const role = useSessionStore((state) => selectCurrentMembership(state)?.role);
  // The team comes from the organizations feature, shared with the board and the lead page.
  const { assignees } = useAssigneeOptions();
  const isManager = role === 'admin' || role === 'manager';

  return (
    <>
      <PageHeader
        title={t('titles.leads')}
        description={t('leadList.description')}
        aside={
          <Button asChild variant="ghost" className="ml-auto">
            <Link to={paths.pipeline}>
              <SquareKanban aria-hidden="true" />
              {t('leadList.boardLink')}
            </Link>
          </Button>
        }
      />
      <LeadList
        members={assignees}
        currentUserId={currentUserId}
        canDelete={isManager}
        canAssignOthers={isManager}
      />
    </>
  );
}
