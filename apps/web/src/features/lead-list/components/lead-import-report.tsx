import type { LeadImportResult } from '@loved/shared';
import { CircleCheck, CircleX, Copy } from 'lucide-react';
import { useTranslation } from '@/lib/i18n/use-translation';

export type LeadImportReportProps = {
  result: LeadImportResult;
};

/** What the import did: leads created, duplicates skipped, and each refused row with why. */
export function LeadImportReport({ result }: LeadImportReportProps): React.JSX.Element {
  const { t } = useTranslation();
  const refused = result.errors.length - result.skipped;
  return (
    <section aria-label={t('leadList.import.report')} className="flex flex-col gap-3">
      <ul role="status" className="flex flex-col gap-1 text-sm">
        <li className="flex items-center gap-2">
          <CircleCheck aria-hidden="true" className="size-4 text-success" />
          {result.imported === 1
            ? t('leadList.import.importedOne')
            : t('leadList.import.imported', { count: result.imported })}
        </li>
        {result.skipped > 0 ? (
          <li className="flex items-center gap-2">
            <Copy aria-hidden="true" className="size-4 text-muted-foreground" />
            {result.skipped === 1
              ? t('leadList.import.skippedOne')
              : t('leadList.import.skipped', { count: result.skipped })}
          </li>
        ) : null}
        {refused > 0 ? (
          <li className="flex items-center gap-2">
            <CircleX aria-hidden="true" className="size-4 text-destructive" />
            {refused === 1
              ? t('leadList.import.refusedOne')
              : t('leadList.import.refused', { count: refused })}
          </li>
        ) : null}
      </ul>
      {result.errors.length > 0 ? (
        <div className="max-h-60 overflow-auto rounded-lg border border-border">
          <table className="w-full border-collapse text-sm">
            <caption className="sr-only">{t('leadList.import.errorsCaption')}</caption>
            <thead className="sticky top-0 bg-muted text-left text-xs">
              <tr>
                <th scope="col" className="w-20 px-2 py-1.5 font-medium">
                  {t('leadList.import.line')}
                </th>
                <th scope="col" className="px-2 py-1.5 font-medium">
                  {t('leadList.import.reason')}
                </th>
              </tr>
            </thead>
            <tbody>
              {result.errors.map((error, index) => (
                <tr key={`${error.row}-${index}`} className="border-t border-border">
                  <td className="px-2 py-1.5 tabular-nums">{error.row}</td>
                  <td className="px-2 py-1.5">{error.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
