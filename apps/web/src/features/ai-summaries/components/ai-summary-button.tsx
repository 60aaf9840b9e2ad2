import type { AiSummaryResponse } from '@loved/shared';
import { Sparkles } from 'lucide-react';
import { Button } from '@/components/ui/button';
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from '@/components/ui/dialog';
import { AiSummaryPanel } from '@/features/ai-summaries/components/ai-summary-panel';
import { useTranslation } from '@/lib/i18n/use-translation';

export type AiSummaryButtonProps = {
  leadId: string;
  leadName: string;
  /** The lead has a finished summary: a purple dot on the button, as on its board card. */
  hasSummary: boolean;
  /** A pending summary found finished by polling: app/ applies it as the live event would. */
  onSummaryFinished: (summary: AiSummaryResponse) => void;
};

/**
 * "Resumo IA": opens the lead's AI summaries in a dialog (focus kept inside, Esc closes). The
 * summaries are only asked for once it opens.
 */
export function AiSummaryButton({
  leadId,
  leadName,
  hasSummary,
  onSummaryFinished,
}: AiSummaryButtonProps): React.JSX.Element {
  const { t } = useTranslation();

  return (
    <Dialog>
      <DialogTrigger asChild>
        <Button variant="outline">
          <Sparkles aria-hidden="true" className="text-purple-600" />
          {t('aiSummaries.open')}
          {hasSummary ? (
            // Decorative: the dialog itself says whether there is a summary.
            <span aria-hidden="true" className="size-2 rounded-full bg-purple-500" />
          ) : null}
        </Button>
      </DialogTrigger>
      <DialogContent closeLabel={t('common.close')} className="max-w-2xl">
        <DialogHeader>
          <DialogTitle className="flex items-center gap-2">
            <Sparkles aria-hidden="true" className="size-5 text-purple-600" />
            {t('aiSummaries.title')}
          </DialogTitle>
          <DialogDescription>{t('aiSummaries.description', { name: leadName })}</DialogDescription>
        </DialogHeader>
        <AiSummaryPanel leadId={leadId} onSummaryFinished={onSummaryFinished} />
      </DialogContent>
    </Dialog>
  );
}
