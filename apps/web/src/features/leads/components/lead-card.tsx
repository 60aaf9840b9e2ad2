import { Draggable } from '@hello-pangea/dnd';
import type { LeadOutcome, LeadResponse, LeadStage } from '@loved/shared';
import { Calendar, Clock, MessageSquare, Phone } from 'lucide-react';
import { memo, useId, type KeyboardEvent } from 'react';
import { NextActivityLabel } from '@/components/next-activity-label';
import { Badge } from '@/components/ui/badge';
import { LeadCardHealth } from '@/features/leads/components/lead-card-health';
import { LeadCardMenu } from '@/features/leads/components/lead-card-menu';
import { LeadCardOwner } from '@/features/leads/components/lead-card-owner';
import { LeadPriorityBadge } from '@/features/leads/components/lead-priority-badge';
import { LeadResultBadge } from '@/features/leads/components/lead-result-badge';
import { daysInStageText, rottingText } from '@/features/leads/utils/board-text';
import { daysInStage } from '@/features/leads/utils/days-in-stage';
import { cn } from '@/lib/cn';
import { useTranslation } from '@/lib/i18n/use-translation';
import { CHANNEL_STYLES } from '@/utils/channel-style';
import { formatPhone } from '@/utils/phone-format';

export type LeadCardProps = {
  lead: LeadResponse;
  /** The column it sits in, which leads its record while a move waits for the API. */
  stage: LeadStage;
  index: number;
  /** Compact density: narrower, fewer details (no tags). */
  isCompact?: boolean;
  onOpen: (leadId: string) => void;
  onMoveToStage: (leadId: string, stage: LeadStage) => void;
  onCloseDeal: (leadId: string, outcome: LeadOutcome) => void;
  onReopenDeal: (leadId: string) => void;
};

const VISIBLE_TAGS = 2;

/** A lead on the board, as in the seed's sketch; the whole card is the drag handle. */
export const LeadCard = memo(function LeadCard({
  lead,
  stage,
  index,
  isCompact = false,
  onOpen,
  onMoveToStage,
  onCloseDeal,
  onReopenDeal,
}: LeadCardProps): React.JSX.Element {
  const { t, money, relative } = useTranslation();
  const channel = lead.last_contact_channel ? CHANNEL_STYLES[lead.last_contact_channel] : null;
  const ChannelIcon = channel?.icon;
  const hiddenTags = lead.tags.length - VISIBLE_TAGS;
  const stageDays = daysInStage(lead.stage_changed_at);
  const rottingId = useId();
  const rotting = lead.health?.rotting ? rottingText(lead.health.idle_days, t) : null;

  const handleKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    // Space belongs to keyboard dragging; Enter opens the lead.
    if (event.key === 'Enter' && !event.defaultPrevented) onOpen(lead.id);
  };

  return (
    <Draggable draggableId={lead.id} index={index}>
      {(provided, snapshot) => (
        <li
          ref={provided.innerRef}
          {...provided.draggableProps}
          className="relative list-none"
          data-lead-id={lead.id}
        >
          <div
            {...provided.dragHandleProps}
            aria-label={lead.name}
            // The drag instructions stay described; a rotting deal adds why it is tinted.
            aria-describedby={
              [provided.dragHandleProps?.['aria-describedby'], rotting ? rottingId : null]
                .filter(Boolean)
                .join(' ') || undefined
            }
            title={rotting ?? undefined}
            data-rotting={rotting ? true : undefined}
            onClick={() => onOpen(lead.id)}
            onKeyDown={handleKeyDown}
            className={cn(
              'cursor-grab rounded-lg border border-border bg-surface text-left shadow-xs transition-shadow outline-none hover:shadow-md focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-offset-1',
              isCompact ? 'p-2.5' : 'p-3',
              rotting && 'border-amber-300 bg-amber-50',
              snapshot.isDragging && 'cursor-grabbing shadow-lg ring-2 ring-ring/40',
            )}
          >
            <div
              // Compact columns are narrow: the owner goes under the name, which keeps its width.
              className={cn(
                'flex gap-2',
                isCompact ? 'mb-2 flex-col items-start' : 'mb-3 items-start justify-between',
              )}
            >
              <div className="w-full min-w-0 flex-1">
                <h3 className="truncate text-sm font-medium text-foreground">{lead.name}</h3>
                {lead.phone ? (
                  <p className="flex items-center gap-1 truncate text-xs text-muted-foreground tabular-nums">
                    <Phone aria-hidden="true" className="size-3 shrink-0" />
                    {formatPhone(lead.phone)}
                  </p>
                ) : null}
                {lead.email && !isCompact ? (
                  <p className="truncate text-xs text-muted-foreground">{lead.email}</p>
                ) : null}
              </div>
              <LeadCardOwner owner={lead.assigned_user} />
            </div>

            <div className="flex flex-col gap-2">
              <div className="flex items-center justify-between gap-2 text-xs">
                <span className="flex min-w-0 items-center gap-1">
                  {ChannelIcon && lead.last_contact_channel ? (
                    <ChannelIcon
                      className={cn('size-3 shrink-0', channel.iconClass)}
                      aria-label={t('pipeline.card.lastChannel', {
                        channel: t(`channels.${lead.last_contact_channel}`),
                      })}
                      role="img"
                    />
                  ) : null}
                  <span className="truncate text-muted-foreground">
                    {lead.source ?? t('pipeline.card.noSource')}
                  </span>
                </span>
                {lead.last_contact_at ? (
                  <span className="flex shrink-0 items-center gap-1 text-muted-foreground/80">
                    <Calendar aria-hidden="true" className="size-3" />
                    <time dateTime={lead.last_contact_at}>{relative(lead.last_contact_at)}</time>
                  </span>
                ) : null}
              </div>

              {lead.tags.length > 0 && !isCompact ? (
                <div className="flex flex-wrap gap-1">
                  {lead.tags.slice(0, VISIBLE_TAGS).map((tag) => (
                    <Badge key={tag} variant="outline" className="px-1.5 py-0 font-normal">
                      {tag}
                    </Badge>
                  ))}
                  {hiddenTags > 0 ? (
                    <Badge
                      variant="outline"
                      className="px-1.5 py-0 font-normal"
                      title={lead.tags.slice(VISIBLE_TAGS).join(', ')}
                    >
                      <span aria-hidden="true">+{hiddenTags}</span>
                      <span className="sr-only">
                        {t('pipeline.card.moreTags', { count: hiddenTags })}
                      </span>
                    </Badge>
                  ) : null}
                </div>
              ) : null}

              {lead.estimated_value !== null || lead.outcome ? (
                <div className="flex flex-wrap items-center justify-between gap-1">
                  {lead.estimated_value !== null ? (
                    <p className="text-xs font-medium text-green-700">
                      {money(lead.estimated_value)}
                    </p>
                  ) : (
                    <span />
                  )}
                  <LeadResultBadge outcome={lead.outcome} className="px-1.5 py-0" />
                </div>
              ) : null}

              <p className="flex items-center gap-1 text-xs text-muted-foreground">
                <Clock aria-hidden="true" className="size-3 shrink-0" />
                <span className="truncate">{daysInStageText(stageDays, t)}</span>
              </p>
              {rotting ? (
                <span id={rottingId} className="sr-only">
                  {rotting}
                </span>
              ) : null}

              <NextActivityLabel
                activity={lead.next_activity}
                isOpenLead={lead.outcome === null}
                isCompact={isCompact}
              />
              {lead.health ? <LeadCardHealth health={lead.health} /> : null}
            </div>

            <div className="mt-2 flex min-h-5 items-center justify-between gap-2 border-t border-border pt-2 pr-7">
              <div className="flex min-w-0 items-center gap-2">
                <LeadPriorityBadge priority={lead.priority} />
                {lead.communications_count > 0 ? (
                  <span
                    className="flex items-center gap-1 text-xs text-muted-foreground"
                    title={t('pipeline.card.communications', {
                      count: lead.communications_count,
                    })}
                  >
                    <MessageSquare aria-hidden="true" className="size-3" />
                    <span aria-hidden="true">{lead.communications_count}</span>
                    <span className="sr-only">
                      {t('pipeline.card.communications', { count: lead.communications_count })}
                    </span>
                  </span>
                ) : null}
                {lead.has_ai_summary ? (
                  <span
                    role="img"
                    aria-label={t('pipeline.card.aiSummary')}
                    title={t('pipeline.card.aiSummary')}
                    className="size-2 shrink-0 rounded-full bg-purple-500"
                  />
                ) : null}
              </div>
            </div>
          </div>
          {/* A sibling of the handle, not inside it: a button within a button confuses everyone. */}
          <LeadCardMenu
            lead={lead}
            stage={stage}
            onMoveToStage={onMoveToStage}
            onCloseDeal={onCloseDeal}
            onReopenDeal={onReopenDeal}
          />
        </li>
      )}
    </Draggable>
  );
});
