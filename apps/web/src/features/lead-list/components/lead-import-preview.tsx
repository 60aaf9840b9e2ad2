import { ArrowDown, CircleSlash, TriangleAlert } from 'lucide-react';
import { useMemo } from 'react';
import { Badge } from '@/components/ui/badge';
import { mapCsvHeader } from '@/features/lead-list/utils/csv-columns';
import type { CsvPreview } from '@/features/lead-list/utils/csv-preview';
import { useTranslation } from '@/lib/i18n/use-translation';

export type LeadImportPreviewProps = {
  preview: CsvPreview;
};

/**
 * The file's first rows as a table, each column headed by what the import makes of it: the lead
 * field it fills, or "Ignorada" for a header the import does not know.
 */
export function LeadImportPreview({ preview }: LeadImportPreviewProps): React.JSX.Element {
  const { t } = useTranslation();
  const mapping = useMemo(() => mapCsvHeader(preview.header), [preview.header]);
  const hasName = mapping.includes('name');
  const ignored = mapping.filter((field) => field === null).length;

  return (
    <div className="flex flex-col gap-3">
      {hasName ? null : (
        <p role="alert" className="flex items-start gap-2 text-sm text-destructive">
          <TriangleAlert aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
          {t('leadList.import.noNameColumn')}
        </p>
      )}
      <p className="text-sm text-muted-foreground">
        {preview.rowCount === 1
          ? t('leadList.import.rowsOne')
          : t('leadList.import.rows', { count: preview.rowCount })}
        {ignored === 1 ? ` · ${t('leadList.import.ignoredCountOne')}` : null}
        {ignored > 1 ? ` · ${t('leadList.import.ignoredCount', { count: ignored })}` : null}
      </p>
      <div className="max-h-72 overflow-auto rounded-lg border border-border">
        <table className="w-full border-collapse text-xs">
          <caption className="sr-only">
            {t('leadList.import.previewCaption', {
              shown: preview.rows.length,
              count: preview.rowCount,
            })}
          </caption>
          <thead className="sticky top-0 bg-muted text-left">
            <tr>
              {preview.header.map((title, index) => {
                const field = mapping[index] ?? null;
                return (
                  <th
                    key={index}
                    scope="col"
                    className="px-2 py-1.5 align-top font-medium whitespace-nowrap"
                    data-field={field ?? 'ignored'}
                  >
                    <span className="block">{title || t('leadList.import.untitled')}</span>
                    {field ? (
                      <Badge variant="success" className="mt-1">
                        <ArrowDown aria-hidden="true" />
                        <span className="sr-only">{t('leadList.import.mapsTo')} </span>
                        {t(`leadList.import.fields.${field}`)}
                      </Badge>
                    ) : (
                      <Badge variant="muted" className="mt-1">
                        <CircleSlash aria-hidden="true" />
                        {t('leadList.import.ignored')}
                      </Badge>
                    )}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {preview.rows.map((row, rowIndex) => (
              <tr key={rowIndex} className="border-t border-border">
                {preview.header.map((_title, index) => (
                  <td
                    key={index}
                    className={
                      mapping[index]
                        ? 'max-w-48 truncate px-2 py-1.5'
                        : 'max-w-48 truncate px-2 py-1.5 text-muted-foreground line-through'
                    }
                  >
                    {row[index] ?? ''}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
