import { ArrowLeft } from 'lucide-react';
import { Link, useNavigate, useParams } from 'react-router';
import { useMemo, useState } from 'react';
import { LeadActivities } from '@/app/compositions/lead-activities';
import { LeadNextStep, type NextStepOffer } from '@/app/compositions/lead-next-step';
import { useAssigneeOptions } from '@/app/compositions/use-assignee-options';
import { useEmailComposerTab } from '@/app/compositions/use-email-composer-tab';
import { useWhatsAppComposerTab } from '@/app/compositions/use-whatsapp-composer-tab';
import { applyFinishedAiSummary } from '@/app/live/apply-live-event';
import { Button } from '@/components/ui/button';
import { Skeleton } from '@/components/ui/skeleton';
import { paths } from '@/config/paths';
import { AiSummaryButton } from '@/features/ai-summaries/components/ai-summary-button';
import { CallLeadButton } from '@/features/calls/components/call-lead-button';
import { CommunicationTimeline } from '@/features/communications/components/communication-timeline';
import { addToTimelines } from '@/features/communications/utils/timeline-cache';
import { useLead } from '@/features/leads/api/get-lead';
import { LeadDetails } from '@/features/leads/components/lead-details';
import { LeadHeader } from '@/features/leads/components/lead-page/lead-header';
import { useLiveStore } from '@/features/live/stores/live.store';
import { useTranslation } from '@/lib/i18n/use-translation';
import { selectCurrentMembership, useSessionStore } from '@/stores/session.store';

/**
 * `/leads/:leadId`: the lead's conversation first. A header says who it is and offers the
 * contacts in one click, Ligar (Twilio), Resumo IA and won / lost; then the timeline with its
 * composer as the main column, and the details (edited in place) beside it on wide screens,
 * below it on a phone. Composed here: leads, communications, calls, WhatsApp and AI summaries
 * are separate features.
 */
export function LeadRoute(): React.JSX.Element {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { leadId = '' } = useParams();
  const lead = useLead(leadId);
  const { assignees, resolveUserName } = useAssigneeOptions();
  const reconnections = useLiveStore((state) => state.reconnections);
  const role = useSessionStore((state) => selectCurrentMembership(state)?.role);
  const whatsAppTab = useWhatsAppComposerTab(leadId);
  const emailTab = useEmailComposerTab(leadId);
  const composerTabs = useMemo(
    () => [...whatsAppTab, ...emailTab.tabs],
    [whatsAppTab, emailTab.tabs],
  );
  // After a call, the offer to schedule the follow-up; it belongs to the lead it was made for.
  const [nextStep, setNextStep] = useState<{ leadId: string; offer: NextStepOffer } | null>(null);
  const nextStepOffer = nextStep?.leadId === leadId ? nextStep.offer : null;
  // No lead to talk with (not found, or not loaded at all): the details say why, alone.
  const isMissing = lead.data === null || (lead.isError && lead.data === undefined);

  const details = (
    <LeadDetails
      key={leadId}
      leadId={leadId}
      assignees={assignees}
      canDelete={role === 'admin' || role === 'manager'}
      pipelinePath={paths.pipeline}
      titleLevel="h1"
      showSummary={false}
      onDeleted={() => void navigate(paths.pipeline, { replace: true })}
    />
  );

  return (
    <div className="flex flex-col gap-6">
      <div>
        <Button asChild variant="ghost" size="sm" className="-ml-3">
          <Link to={paths.pipeline}>
            <ArrowLeft aria-hidden="true" />
            {t('lead.details.backToPipeline')}
          </Link>
        </Button>
      </div>
      {isMissing ? (
        details
      ) : (
        <>
          {lead.data ? (
            <LeadHeader
              key={`header:${leadId}`}
              lead={lead.data}
              actions={
                <>
                  <CallLeadButton
                    leadId={lead.data.id}
                    leadName={lead.data.name}
                    leadPhone={lead.data.phone}
                    onPlaced={(communication) => {
                      addToTimelines(communication);
                      setNextStep({ leadId: communication.lead_id, offer: 'callPlaced' });
                    }}
                  />
                  <AiSummaryButton
                    leadId={lead.data.id}
                    leadName={lead.data.name}
                    hasSummary={lead.data.has_ai_summary}
                    onSummaryFinished={applyFinishedAiSummary}
                  />
                </>
              }
            />
          ) : (
            <div className="flex flex-col gap-3" aria-hidden="true">
              <Skeleton className="h-8 w-2/3" />
              <Skeleton className="h-5 w-1/2" />
            </div>
          )}
          {nextStepOffer && lead.data ? (
            <LeadNextStep
              leadId={lead.data.id}
              leadName={lead.data.name}
              offer={nextStepOffer}
              onDismiss={() => setNextStep(null)}
            />
          ) : null}
          <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_20rem] xl:grid-cols-[minmax(0,1fr)_24rem]">
            <CommunicationTimeline
              key={leadId}
              leadId={leadId}
              resolveUserName={resolveUserName}
              resyncKey={reconnections}
              composerTabs={composerTabs}
              onReplyEmail={emailTab.handleReply}
              mentionCandidates={assignees}
              onCallLogged={(communication) =>
                setNextStep({ leadId: communication.lead_id, offer: 'callLogged' })
              }
            />
            <aside className="flex min-w-0 flex-col gap-6">
              <LeadActivities key={leadId} leadId={leadId} leadName={lead.data?.name} />
              {details}
            </aside>
          </div>
        </>
      )}
    </div>
  );
}
