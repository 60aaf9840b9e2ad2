import type { LeadResponse, LeadStage } from '@loved/shared';
import { MoreHorizontal } from 'lucide-react';
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuLabel,
  DropdownMenuRadioGroup,
  DropdownMenuRadioItem,
  DropdownMenuTrigger,
} from '@/components/ui/dropdown-menu';
import { isLeadStage, STAGE_ORDER } from '@/features/leads/utils/stages';
import { useTranslation } from '@/lib/i18n/use-translation';

export type LeadCardMenuProps = {
  lead: LeadResponse;
  /** The column the card sits in. */
  stage: LeadStage;
  onMoveToStage: (leadId: string, stage: LeadStage) => void;
};

/** Moving without dragging: handy on a phone and for anyone who prefers a menu. */
export function LeadCardMenu({
  lead,
  stage: currentStage,
  onMoveToStage,
}: LeadCardMenuProps): React.JSX.Element {
  const { t } = useTranslation();

  return (
    <DropdownMenu>
      <DropdownMenuTrigger
        aria-label={t('pipeline.card.moveTo', { name: lead.name })}
        className="absolute right-1.5 bottom-1.5 grid size-7 place-items-center rounded-md text-muted-foreground outline-none hover:bg-muted hover:text-foreground focus-visible:ring-2 focus-visible:ring-ring"
      >
        <MoreHorizontal aria-hidden="true" className="size-4" />
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end">
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
