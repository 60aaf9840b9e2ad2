import { ArrowLeft } from 'lucide-react';
import { Link, useNavigate, useParams } from 'react-router';
import { LeadWorkspace } from '@/app/compositions/lead-workspace';
import { applyFinishedAiSummary } from '@/app/live/apply-live-event';
import { Button } from '@/components/ui/button';
import { paths } from '@/config/paths';
import { AiSummaryButton } from '@/features/ai-summaries/components/ai-summary-button';
import { CallLeadButton } from '@/features/calls/components/call-lead-button';
import { addToTimelines } from '@/features/communications/utils/timeline-cache';
import { useLeadRecord } from '@/features/leads/hooks/use-lead-record';
import { useTranslation } from '@/lib/i18n/use-translation';

/**
 * `/leads/:leadId`: one lead's details and timeline, a "Ligar" button (Twilio click-to-call,
 * whose call lands on the timeline at once) and the lead's AI summaries in a dialog.
 */
export function LeadRoute(): React.JSX.Element {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { leadId = '' } = useParams();
  // The record the details load: the summaries button waits for a lead that exists.
  const lead = useLeadRecord(leadId);

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <Button asChild variant="ghost" size="sm" className="-ml-3">
          <Link to={paths.pipeline}>
            <ArrowLeft aria-hidden="true" />
            {t('lead.details.backToPipeline')}
          </Link>
        </Button>
        {lead ? (
          <div className="flex flex-wrap items-center gap-2">
            <CallLeadButton
              key={`call:${lead.id}`}
              leadId={lead.id}
              leadName={lead.name}
              leadPhone={lead.phone}
              onPlaced={addToTimelines}
            />
            <AiSummaryButton
              key={lead.id}
              leadId={lead.id}
              leadName={lead.name}
              hasSummary={lead.has_ai_summary}
              onSummaryFinished={applyFinishedAiSummary}
            />
          </div>
        ) : null}
      </div>
      <LeadWorkspace
        key={leadId}
        leadId={leadId}
        variant="page"
        onDeleted={() => void navigate(paths.pipeline, { replace: true })}
      />
    </div>
  );
}
