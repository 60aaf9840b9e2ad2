import { ArrowLeft, SearchX } from 'lucide-react';
import { Link } from 'react-router';
import { EmptyState } from '@/components/empty-state';
import { ErrorState } from '@/components/error-state';
import { Button } from '@/components/ui/button';
import { Skeleton } from '@/components/ui/skeleton';
import { Spinner } from '@/components/ui/spinner';
import { LeadEditor } from '@/features/leads/components/lead-editor';
import { LeadSummary } from '@/features/leads/components/lead-summary';
import { useLead } from '@/features/leads/api/get-lead';
import type { AssigneeOption } from '@/features/leads/types/lead-form';
import { describeError } from '@/lib/describe-error';
import { useTranslation } from '@/lib/i18n/use-translation';

export type LeadDetailsProps = {
  leadId: string;
  assignees: AssigneeOption[];
  canDelete: boolean;
  /** Where "back to the pipeline" leads. */
  pipelinePath: string;
  /** The lead's name is the page's h1 on its own page, an h2 inside a panel. */
  titleLevel: 'h1' | 'h2';
  /** The name, stage and value above the fields; off where a header shows them already. */
  showSummary?: boolean;
  onDeleted: () => void;
};

/** A lead's summary and its fields, edited in place; loading, not-found and error states included. */
export function LeadDetails({
  leadId,
  assignees,
  canDelete,
  pipelinePath,
  titleLevel,
  showSummary = true,
  onDeleted,
}: LeadDetailsProps): React.JSX.Element {
  const { t, dictionary } = useTranslation();
  const lead = useLead(leadId);

  if (lead.isPending) {
    return (
      <div className="flex flex-col gap-4">
        <Spinner className="text-sm text-muted-foreground">{t('lead.details.loading')}</Spinner>
        <Skeleton className="h-8 w-2/3" />
        <Skeleton className="h-64 w-full" />
      </div>
    );
  }
  if (lead.isError) {
    return (
      <ErrorState
        title={t('lead.details.loadError')}
        message={describeError(lead.error, t, dictionary)}
        onRetry={() => void lead.refetch()}
      />
    );
  }
  if (lead.data === null) {
    return (
      <EmptyState
        icon={SearchX}
        title={t('lead.details.notFoundTitle')}
        titleAs={titleLevel}
        description={t('lead.details.notFoundDescription')}
        action={
          <Button asChild variant="outline">
            <Link to={pipelinePath}>
              <ArrowLeft aria-hidden="true" />
              {t('lead.details.backToPipeline')}
            </Link>
          </Button>
        }
      />
    );
  }
  return (
    <div className="flex flex-col gap-6">
      {showSummary ? <LeadSummary lead={lead.data} titleLevel={titleLevel} /> : null}
      <LeadEditor
        lead={lead.data}
        assignees={assignees}
        canDelete={canDelete}
        onDeleted={onDeleted}
      />
    </div>
  );
}
