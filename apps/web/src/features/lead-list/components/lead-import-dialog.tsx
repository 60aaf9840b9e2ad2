import type { LeadImportResult } from '@loved/shared';
import { FileUp } from 'lucide-react';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
} from '@/components/ui/dialog';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { useImportLeads } from '@/features/lead-list/api/import-leads';
import { LeadImportPreview } from '@/features/lead-list/components/lead-import-preview';
import { LeadImportReport } from '@/features/lead-list/components/lead-import-report';
import { mapCsvHeader } from '@/features/lead-list/utils/csv-columns';
import {
  decodeCsvBytes,
  previewCsv,
  type CsvPreviewResult,
} from '@/features/lead-list/utils/csv-preview';
import { describeError } from '@/lib/describe-error';
import { useTranslation } from '@/lib/i18n/use-translation';

/** The API's limit (`LEAD_IMPORT_MAX_BYTES`): a bigger file is refused before it is sent. */
const MAX_BYTES = 5 * 1024 * 1024;

type Step =
  | { kind: 'choose' }
  | { kind: 'reading' }
  | { kind: 'preview'; file: File; result: CsvPreviewResult }
  | { kind: 'tooLarge' }
  | { kind: 'unreadable' }
  | { kind: 'report'; result: LeadImportResult };

/** Reads a chosen file in the browser: nothing is sent before the user saw the preview. */
async function readPreview(file: File): Promise<CsvPreviewResult> {
  return previewCsv(decodeCsvBytes(await file.arrayBuffer()));
}

/**
 * "Importar CSV": choose a file, see its first rows with the column mapping the import will
 * apply, send it, then read the report (imported, skipped, each refused row and why).
 */
export function LeadImportDialog(): React.JSX.Element {
  const { t, dictionary } = useTranslation();
  const importLeads = useImportLeads();
  const [open, setOpen] = useState(false);
  const [step, setStep] = useState<Step>({ kind: 'choose' });
  // A new input each time, so choosing the same file again still fires a change.
  const [inputKey, setInputKey] = useState(0);

  const reset = (): void => {
    setStep({ kind: 'choose' });
    setInputKey((key) => key + 1);
    importLeads.reset();
  };

  const handleOpenChange = (next: boolean): void => {
    setOpen(next);
    if (!next) reset();
  };

  const handleFile = async (file: File | undefined): Promise<void> => {
    importLeads.reset();
    if (!file) {
      setStep({ kind: 'choose' });
      return;
    }
    if (file.size > MAX_BYTES) {
      setStep({ kind: 'tooLarge' });
      return;
    }
    setStep({ kind: 'reading' });
    try {
      setStep({ kind: 'preview', file, result: await readPreview(file) });
    } catch {
      setStep({ kind: 'unreadable' });
    }
  };

  const canImport =
    step.kind === 'preview' &&
    step.result.ok &&
    step.result.preview.rowCount > 0 &&
    mapCsvHeader(step.result.preview.header).includes('name');

  const handleImport = (): void => {
    if (step.kind !== 'preview') return;
    importLeads.mutate(step.file, {
      onSuccess: (result) => setStep({ kind: 'report', result }),
    });
  };

  const rowCount = step.kind === 'preview' && step.result.ok ? step.result.preview.rowCount : 0;

  return (
    <>
      <Button variant="outline" onClick={() => setOpen(true)}>
        <FileUp aria-hidden="true" />
        {t('leadList.import.open')}
      </Button>
      <Dialog open={open} onOpenChange={handleOpenChange}>
        <DialogContent closeLabel={t('common.close')} className="max-w-3xl">
          <DialogHeader>
            <DialogTitle>{t('leadList.import.title')}</DialogTitle>
            <DialogDescription>{t('leadList.import.description')}</DialogDescription>
          </DialogHeader>
          {step.kind === 'report' ? (
            <LeadImportReport result={step.result} />
          ) : (
            <>
              <Field label={t('leadList.import.file')} hint={t('leadList.import.fileHint')}>
                {(control) => (
                  <Input
                    key={inputKey}
                    {...control}
                    type="file"
                    accept=".csv,text/csv"
                    className="h-auto py-1.5"
                    onChange={(event) => void handleFile(event.target.files?.[0])}
                  />
                )}
              </Field>
              {step.kind === 'reading' ? (
                <p role="status" className="text-sm text-muted-foreground">
                  {t('leadList.import.reading')}
                </p>
              ) : null}
              {step.kind === 'tooLarge' ? (
                <p role="alert" className="text-sm text-destructive">
                  {t('leadList.import.tooLarge')}
                </p>
              ) : null}
              {step.kind === 'unreadable' ? (
                <p role="alert" className="text-sm text-destructive">
                  {t('leadList.import.readError')}
                </p>
              ) : null}
              {step.kind === 'preview' && !step.result.ok ? (
                <p role="alert" className="text-sm text-destructive">
                  {step.result.reason === 'empty'
                    ? t('leadList.import.emptyFile')
                    : t('leadList.import.unclosedQuote', { line: step.result.line })}
                </p>
              ) : null}
              {step.kind === 'preview' && step.result.ok ? (
                <LeadImportPreview preview={step.result.preview} />
              ) : null}
              {importLeads.isError ? (
                <p role="alert" className="text-sm text-destructive">
                  {t('leadList.import.failed')}: {describeError(importLeads.error, t, dictionary)}
                </p>
              ) : null}
            </>
          )}
          <DialogFooter>
            {step.kind === 'report' ? (
              <>
                <Button variant="outline" onClick={reset}>
                  {t('leadList.import.another')}
                </Button>
                <Button onClick={() => handleOpenChange(false)}>{t('leadList.import.done')}</Button>
              </>
            ) : (
              <>
                <Button variant="outline" onClick={() => handleOpenChange(false)}>
                  {t('common.cancel')}
                </Button>
                <Button disabled={!canImport || importLeads.isPending} onClick={handleImport}>
                  {importLeads.isPending
                    ? t('leadList.import.importing')
                    : rowCount === 1
                      ? t('leadList.import.submitOne')
                      : t('leadList.import.submit', { count: rowCount })}
                </Button>
              </>
            )}
          </DialogFooter>
        </DialogContent>
      </Dialog>
    </>
  );
}
