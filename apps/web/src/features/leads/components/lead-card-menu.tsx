import type { LeadOutcome, LeadResponse, LeadStage } from '@loved/shared';
import {
  CalendarPlus,
  CircleX,
  Mail,
  MessageCircle,
  MoreHorizontal,
  Phone,
  RotateCcw,
  Trophy,
} from 'lucide-react';
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuGroup,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuRadioGroup,
  DropdownMenuRadioItem,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from '@/components/ui/dropdown-menu';
import { useLeadCardActions } from '@/features/leads/hooks/use-lead-card-actions';
import { isLeadStage, STAGE_ORDER } from '@/features/leads/utils/stages';
import { useTranslation } from '@/lib/i18n/use-translation';
import { formatPhone, mailtoHref, telHref, whatsAppHref } from '@/utils/phone-format';

export type LeadCardMenuProps = {
  lead: LeadResponse;
  /** The column the card sits in. */
  stage: LeadStage;
  onMoveToStage: (leadId: string, stage: LeadStage) => void;
  onCloseDeal: (leadId: string, outcome: LeadOutcome) => void;
  onReopenDeal: (leadId: string) => void;
};

/**
 * Everything a card offers without opening the lead: schedule an activity (when app/ offers it),
 * contact it (call, WhatsApp, e-mail), mark
 * the deal won or lost (or reopen it), and move it without dragging (handy on a phone).
 */
export function LeadCardMenu({
  lead,
  stage: currentStage,
  onMoveToStage,
  onCloseDeal,
  onReopenDeal,
}: LeadCardMenuProps): React.JSX.Element {
  const { t } = useTranslation();
  const hasContact = lead.phone !== null || lead.email !== null;
  const { onScheduleActivity } = useLeadCardActions();

  return (
    <DropdownMenu>
      <DropdownMenuTrigger
        aria-label={t('pipeline.card.actions', { name: lead.name })}
        className="absolute right-1.5 bottom-1.5 grid size-7 place-items-center rounded-md text-muted-foreground outline-none hover:bg-muted hover:text-foreground focus-visible:ring-2 focus-visible:ring-ring"
      >
        <MoreHorizontal aria-hidden="true" className="size-4" />
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end">
        {onScheduleActivity ? (
          <>
            <DropdownMenuItem onSelect={() => onScheduleActivity(lead)}>
              <CalendarPlus aria-hidden="true" />
              {t('pipeline.card.scheduleActivity')}
            </DropdownMenuItem>
            <DropdownMenuSeparator />
          </>
        ) : null}
        {hasContact ? (
          <>
            <DropdownMenuLabel>{t('pipeline.card.contact')}</DropdownMenuLabel>
            <DropdownMenuGroup>
              {lead.phone ? (
                <>
                  <DropdownMenuItem asChild>
                    <a href={telHref(lead.phone)}>
                      <Phone aria-hidden="true" />
                      {t('pipeline.card.call', { phone: formatPhone(lead.phone) })}
                    </a>
                  </DropdownMenuItem>
                  <DropdownMenuItem asChild>
                    <a href={whatsAppHref(lead.phone)} target="_blank" rel="noopener noreferrer">
                      <MessageCircle aria-hidden="true" />
                      {t('pipeline.card.whatsapp')}
                    </a>
                  </DropdownMenuItem>
                </>
              ) : null}
              {lead.email ? (
                <DropdownMenuItem asChild>
                  <a href={mailtoHref(lead.email)}>
                    <Mail aria-hidden="true" />
                    {t('pipeline.card.email', { email: lead.email })}
                  </a>
                </DropdownMenuItem>
              ) : null}
            </DropdownMenuGroup>
            <DropdownMenuSeparator />
          </>
        ) : null}

        <DropdownMenuLabel>{t('pipeline.card.result')}</DropdownMenuLabel>
        <DropdownMenuGroup>
          {lead.outcome ? (
            <DropdownMenuItem onSelect={() => onReopenDeal(lead.id)}>
              <RotateCcw aria-hidden="true" />
              {t('pipeline.card.reopen')}
            </DropdownMenuItem>
          ) : (
            <>
              <DropdownMenuItem onSelect={() => onCloseDeal(lead.id, 'won')}>
                <Trophy aria-hidden="true" className="text-success" />
                {t('pipeline.card.markWon')}
              </DropdownMenuItem>
              <DropdownMenuItem onSelect={() => onCloseDeal(lead.id, 'lost')}>
                <CircleX aria-hidden="true" className="text-destructive" />
                {t('pipeline.card.markLost')}
              </DropdownMenuItem>
            </>
          )}
        </DropdownMenuGroup>
        <DropdownMenuSeparator />

        <DropdownMenuLabel>{t('lead.fields.stage')}</DropdownMenuLabel>
        <DropdownMenuRadioGroup
          value={currentStage}
          onValueChange={(value) => {
            if (isLeadStage(value) && value !== currentStage) onMoveToStage(lead.id, value);
          }}
        >
          {STAGE_ORDER.map((stage) => (
            <DropdownMenuRadioItem key={stage} value={stage}>
              {t('pipeline.card.moveToStage', { stage: t(`stages.${stage}`) })}
            </DropdownMenuRadioItem>
          ))}
        </DropdownMenuRadioGroup>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
