import { Square } from 'lucide-react';
import { useId } from 'react';
import { useTranslation } from '@/lib/i18n/use-translation';

export type AiSummaryNextActionsProps = {
  actions: string[];
};

/** The next steps the summary suggests, as a to-do list to work through. */
export function AiSummaryNextActions({ actions }: AiSummaryNextActionsProps): React.JSX.Element {
  const { t } = useTranslation();
  const titleId = useId();

  return (
    <section aria-labelledby={titleId} className="flex flex-col gap-2">
      <h3 id={titleId} className="text-sm font-semibold">
        {t('aiSummaries.nextActions')}
      </h3>
      {actions.length === 0 ? (
        <p className="text-sm text-muted-foreground">{t('aiSummaries.noNextActions')}</p>
      ) : (
        <ul aria-labelledby={titleId} className="flex flex-col gap-1.5">
          {actions.map((action, index) => (
            // Plain strings without ids, never reordered: their place is their identity.
            <li key={index} className="flex items-start gap-2 text-sm">
              <Square aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-purple-600" />
              <span>{action}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
