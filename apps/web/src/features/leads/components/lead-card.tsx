import { Draggable } from '@hello-pangea/dnd';
import type { LeadResponse, LeadStage } from '@loved/shared';
import { Calendar, MessageSquare } from 'lucide-react';
import { memo, type KeyboardEvent } from 'react';
import { Avatar, AvatarFallback, AvatarImage } from '@/components/ui/avatar';
import { Badge } from '@/components/ui/badge';
import { LeadCardMenu } from '@/features/leads/components/lead-card-menu';
import { cn } from '@/lib/cn';
import { useTranslation } from '@/lib/i18n/use-translation';
import { CHANNEL_STYLES } from '@/utils/channel-style';
import { initialsOf } from '@/utils/initials';

export type LeadCardProps = {
  lead: LeadResponse;
  /** The column it sits in, which leads its record while a move waits for the API. */
  stage: LeadStage;
  index: number;
  onOpen: (leadId: string) => void;
  onMoveToStage: (leadId: string, stage: LeadStage) => void;
};

const VISIBLE_TAGS = 2;

/** A lead on the board, as in the seed's sketch; the whole card is the drag handle. */
export const LeadCard = memo(function LeadCard({
  lead,
  stage,
  index,
  onOpen,
  onMoveToStage,
}: LeadCardProps): React.JSX.Element {
  const { t, money, relative } = useTranslation();
  const channel = lead.last_contact_channel ? CHANNEL_STYLES[lead.last_contact_channel] : null;
  const ChannelIcon = channel?.icon;
  const hiddenTags = lead.tags.length - VISIBLE_TAGS;

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
            onClick={() => onOpen(lead.id)}
            onKeyDown={handleKeyDown}
            className={cn(
              'cursor-grab rounded-lg border border-border bg-surface p-3 text-left shadow-xs transition-shadow outline-none hover:shadow-md focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-offset-1',
              snapshot.isDragging && 'cursor-grabbing shadow-lg ring-2 ring-ring/40',
            )}
          >
            <div className="mb-3 flex items-start justify-between gap-2">
              <div className="min-w-0 flex-1">
                <h3 className="truncate text-sm font-medium text-foreground">{lead.name}</h3>
                {lead.email ? (
                  <p className="truncate text-xs text-muted-foreground">{lead.email}</p>
                ) : null}
              </div>
              {lead.assigned_user ? (
                <Avatar
                  className="size-6"
                  title={t('pipeline.card.assignedTo', { name: lead.assigned_user.name })}
                >
                  {lead.assigned_user.avatar_url ? (
                    <AvatarImage src={lead.assigned_user.avatar_url} alt="" />
                  ) : null}
                  <AvatarFallback className="text-[10px]">
                    {initialsOf(lead.assigned_user.name)}
                  </AvatarFallback>
                  <span className="sr-only">
                    {t('pipeline.card.assignedTo', { name: lead.assigned_user.name })}
                  </span>
                </Avatar>
              ) : null}
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

              {lead.tags.length > 0 ? (
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

              {lead.estimated_value !== null ? (
                <p className="text-xs font-medium text-green-700">{money(lead.estimated_value)}</p>
              ) : null}
            </div>

            <div className="mt-3 flex min-h-5 items-center justify-between border-t border-border pt-2 pr-7">
              <div className="flex items-center gap-2">
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
                    className="size-2 rounded-full bg-purple-500"
                  />
                ) : null}
              </div>
              {lead.priority === 'high' ? (
                <span
                  className="size-2 rounded-full bg-red-400"
                  title={t('pipeline.card.highPriority')}
                >
                  <span className="sr-only">{t('pipeline.card.highPriority')}</span>
                </span>
              ) : null}
            </div>
          </div>
          {/* A sibling of the handle, not inside it: a button within a button confuses everyone. */}
          <LeadCardMenu lead={lead} stage={stage} onMoveToStage={onMoveToStage} />
        </li>
      )}
    </Draggable>
  );
});
