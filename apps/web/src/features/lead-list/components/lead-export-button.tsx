import { FileDown } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { useExportLeads } from '@/features/lead-list/api/export-leads';
import type { LeadListQuery } from '@/features/lead-list/types/lead-list';
import { saveBlob } from '@/features/lead-list/utils/save-blob';
import { describeError } from '@/lib/describe-error';
import { useTranslation } from '@/lib/i18n/use-translation';
import { showToast } from '@/stores/toast.store';

const FILENAME = 'leads.csv';

export type LeadExportButtonProps = {
  query: LeadListQuery;
};

/** Downloads the leads as CSV, with the list's filters, through the authenticated client. */
export function LeadExportButton({ query }: LeadExportButtonProps): React.JSX.Element {
  const { t, dictionary } = useTranslation();
  const exportLeads = useExportLeads();
  return (
    <Button
      variant="outline"
      disabled={exportLeads.isPending}
      onClick={() =>
        exportLeads.mutate(query, {
          onSuccess: (blob) => saveBlob(blob, FILENAME),
          onError: (error) =>
            showToast({
              title: t('leadList.export.failed'),
              description: describeError(error, t, dictionary),
              variant: 'destructive',
            }),
        })
      }
    >
      <FileDown aria-hidden="true" />
      {exportLeads.isPending ? t('leadList.export.exporting') : t('leadList.export.button')}
    </Button>
  );
}
