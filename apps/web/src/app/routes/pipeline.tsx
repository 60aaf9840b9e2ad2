import type { LeadResponse } from '@loved/shared';
import { ExternalLink, Plus } from 'lucide-react';
import { useCallback, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { LeadWorkspace } from '@/app/compositions/lead-workspace';
import { useActivityOptions } from '@/app/compositions/use-activity-options';
import { useAssigneeOptions } from '@/app/compositions/use-assignee-options';
import { PageHeader } from '@/components/page-header';
import { Button } from '@/components/ui/button';
import { Sheet, SheetContent, SheetTitle } from '@/components/ui/sheet';
import { paths } from '@/config/paths';
import { BoardFilters } from '@/features/leads/components/board-filters';
import { ActivityFormDialog } from '@/features/activities/components/activity-form-dialog';
import { CreateLeadDialog } from '@/features/leads/components/create-lead-dialog';
import { LeadBoard } from '@/features/leads/components/lead-board';
import { LeadCardActionsContext } from '@/features/leads/hooks/use-lead-card-actions';
import { useLiveStore } from '@/features/live/stores/live.store';
import { useTranslation } from '@/lib/i18n/use-translation';
import { useSessionStore } from '@/stores/session.store';

const LEAD_PARAM = 'lead';

/** `/pipeline`: the board, its filters, "Novo lead", and a lead in a side panel (`?lead=`). */
export function PipelineRoute(): React.JSX.Element {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const openLeadId = searchParams.get(LEAD_PARAM);
  const currentUserId = useSessionStore((state) => state.user?.id ?? null);
  const reconnections = useLiveStore((state) => state.reconnections);
  const { assignees } = useAssigneeOptions();
  const [isCreateOpen, setIsCreateOpen] = useState(false);
  const activityOptions = useActivityOptions();
  // The lead whose card menu asked for "Agendar atividade".
  const [schedulingFor, setSchedulingFor] = useState<LeadResponse | null>(null);
  const cardActions = useMemo(() => ({ onScheduleActivity: setSchedulingFor }), []);

  const handleOpenLead = useCallback(
    (leadId: string) => setSearchParams({ [LEAD_PARAM]: leadId }),
    [setSearchParams],
  );
  const handleClosePanel = useCallback(() => setSearchParams({}), [setSearchParams]);

  return (
    <>
      <PageHeader
        title={t('titles.pipeline')}
        description={t('pipeline.description')}
        aside={
          <Button className="ml-auto" onClick={() => setIsCreateOpen(true)}>
            <Plus aria-hidden="true" />
            {t('pipeline.newLead')}
          </Button>
        }
      />
      <div className="flex flex-col gap-6">
        <BoardFilters />
        <LeadCardActionsContext value={cardActions}>
          <LeadBoard
            currentUserId={currentUserId}
            onOpenLead={handleOpenLead}
            resyncKey={reconnections}
          />
        </LeadCardActionsContext>
      </div>
      <CreateLeadDialog
        open={isCreateOpen}
        onOpenChange={setIsCreateOpen}
        assignees={assignees}
        onOpenLead={handleOpenLead}
      />
      <ActivityFormDialog
        open={schedulingFor !== null}
        onOpenChange={(open) => {
          if (!open) setSchedulingFor(null);
        }}
        leadId={schedulingFor?.id ?? ''}
        leadName={schedulingFor?.name}
        timeZone={activityOptions.timeZone}
        assignees={activityOptions.assignees}
        currentUserId={activityOptions.currentUserId}
        onSaved={activityOptions.handleActivityChanged}
      />
      <Sheet
        open={openLeadId !== null}
        onOpenChange={(open) => {
          if (!open) handleClosePanel();
        }}
      >
        <SheetContent closeLabel={t('common.close')} aria-describedby={undefined}>
          <div className="flex flex-col gap-6 p-4 sm:p-6">
            <div className="flex items-center gap-2 pr-10">
              <SheetTitle className="text-sm font-medium text-muted-foreground">
                {t('pipeline.panel.title')}
              </SheetTitle>
              {openLeadId ? (
                <Button asChild variant="link" size="sm" className="ml-auto px-0">
                  <Link to={paths.lead(openLeadId)}>
                    <ExternalLink aria-hidden="true" />
                    {t('pipeline.panel.openPage')}
                  </Link>
                </Button>
              ) : null}
            </div>
            {openLeadId ? (
              <LeadWorkspace
                key={openLeadId}
                leadId={openLeadId}
                variant="panel"
                onDeleted={handleClosePanel}
              />
            ) : null}
          </div>
        </SheetContent>
      </Sheet>
    </>
  );
}
