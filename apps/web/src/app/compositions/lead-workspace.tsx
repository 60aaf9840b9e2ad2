import { LeadActivities } from '@/app/compositions/lead-activities';
import { useAssigneeOptions } from '@/app/compositions/use-assignee-options';
import { useWhatsAppComposerTab } from '@/app/compositions/use-whatsapp-composer-tab';
import { paths } from '@/config/paths';
import { CommunicationTimeline } from '@/features/communications/components/communication-timeline';
import { useLead } from '@/features/leads/api/get-lead';
import { LeadDetails } from '@/features/leads/components/lead-details';
import { useLiveStore } from '@/features/live/stores/live.store';
import { cn } from '@/lib/cn';
import { selectCurrentMembership, useSessionStore } from '@/stores/session.store';

export type LeadWorkspaceProps = {
  leadId: string;
  /** `page`: details beside the timeline on wide screens; `panel`: one column. */
  variant: 'page' | 'panel';
  onDeleted: () => void;
};

/**
 * A lead's details and activities, and its timeline, side by side: the `/leads/:id` page and
 * the board's side panel. Composed here because leads, activities, communications, WhatsApp and
 * the team are separate features.
 */
export function LeadWorkspace({
  leadId,
  variant,
  onDeleted,
}: LeadWorkspaceProps): React.JSX.Element {
  const { assignees, resolveUserName } = useAssigneeOptions();
  const reconnections = useLiveStore((state) => state.reconnections);
  const role = useSessionStore((state) => selectCurrentMembership(state)?.role);
  const canDelete = role === 'admin' || role === 'manager';
  const whatsAppTab = useWhatsAppComposerTab(leadId);
  const lead = useLead(leadId);

  return (
    <div
      className={cn(
        'grid items-start gap-8',
        variant === 'page' && 'xl:grid-cols-[minmax(0,26rem)_minmax(0,1fr)]',
      )}
    >
      <div className="flex min-w-0 flex-col gap-6">
        <LeadDetails
          leadId={leadId}
          assignees={assignees}
          canDelete={canDelete}
          pipelinePath={paths.pipeline}
          titleLevel={variant === 'page' ? 'h1' : 'h2'}
          onDeleted={onDeleted}
        />
        {lead.data ? <LeadActivities leadId={leadId} leadName={lead.data.name} /> : null}
      </div>
      <CommunicationTimeline
        leadId={leadId}
        resolveUserName={resolveUserName}
        resyncKey={reconnections}
        composerTabs={whatsAppTab}
        mentionCandidates={assignees}
      />
    </div>
  );
}
