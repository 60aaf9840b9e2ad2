import { useState, type FormEvent } from 'react';
import { ErrorState } from '@/components/error-state';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { Skeleton } from '@/components/ui/skeleton';
import { useHealthSettings } from '@/features/deal-health/api/get-health-settings';
import { useUpdateHealthSettings } from '@/features/deal-health/api/update-health-settings';
import { HealthThresholdCell } from '@/features/deal-health/components/health-threshold-cell';
import {
  fieldPath,
  HEALTH_FIELDS,
  HEALTH_LIMITS,
  toHealthRequest,
  toHealthRows,
  validateHealthRows,
  type HealthErrors,
  type HealthField,
  type HealthRow,
  type HealthValue,
} from '@/features/deal-health/utils/health-settings-form';
import { useFocusFirstInvalid } from '@/hooks/use-focus-first-invalid';
import { describeError, fieldErrorsOf } from '@/lib/describe-error';
import { useTranslation } from '@/lib/i18n/use-translation';
import { showToast } from '@/stores/toast.store';

const FIELD_LABELS = {
  rotting_days: 'dealHealth.settings.rottingDays',
  unanswered_hours: 'dealHealth.settings.unansweredHours',
} as const satisfies Record<HealthField, string>;

export type DealHealthSettingsCardProps = {
  /** Admins save; everyone else sees the thresholds read-only (the API refuses their PUT). */
  canEdit: boolean;
};

/**
 * Settings → "Saúde do funil": per stage, the days without movement before a deal is idle
 * ("parado") and the hours a customer message may wait for a reply; each can be turned off.
 */
export function DealHealthSettingsCard({
  canEdit,
}: DealHealthSettingsCardProps): React.JSX.Element {
  const { t, dictionary } = useTranslation();
  const settings = useHealthSettings();
  const update = useUpdateHealthSettings();
  const [rows, setRows] = useState<HealthRow[] | null>(null);
  const [loaded, setLoaded] = useState<unknown>(null);
  const [errors, setErrors] = useState<HealthErrors>({});
  const [failure, setFailure] = useState<unknown>(null);
  const { formRef, focusFirstInvalid } = useFocusFirstInvalid<HTMLFormElement>();

  // The rows start from (and follow) what the API says until the user edits them.
  if (settings.data && settings.data !== loaded) {
    setLoaded(settings.data);
    setRows(toHealthRows(settings.data.stages));
  }

  const apiErrors = fieldErrorsOf(failure, t, dictionary);
  const errorOf = (index: number, field: HealthField): string | undefined => {
    const path = fieldPath(index, field);
    const limits = errors[path];
    if (limits) return t('dealHealth.settings.outOfRange', limits);
    return apiErrors[path];
  };
  const hasApiFieldErrors = Object.keys(apiErrors).length > 0;

  const handleChange = (index: number, field: HealthField, value: HealthValue): void => {
    setRows(
      (current) =>
        current?.map((row, position) => (position === index ? { ...row, [field]: value } : row)) ??
        null,
    );
    setErrors((current) => {
      const next = { ...current };
      delete next[fieldPath(index, field)];
      return next;
    });
  };

  const handleSubmit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    if (!rows) return;
    const found = validateHealthRows(rows);
    setErrors(found);
    setFailure(null);
    if (Object.keys(found).length > 0) {
      focusFirstInvalid();
      return;
    }
    try {
      const saved = await update.mutateAsync(toHealthRequest(rows));
      setLoaded(saved);
      setRows(toHealthRows(saved.stages));
      showToast({ title: t('dealHealth.settings.saved'), variant: 'success' });
    } catch (error) {
      setFailure(error);
      focusFirstInvalid();
    }
  };

  return (
    <Card role="region" aria-labelledby="deal-health-settings-title">
      <CardHeader>
        <div>
          <CardTitle id="deal-health-settings-title">{t('dealHealth.settings.title')}</CardTitle>
          <CardDescription>
            {t('dealHealth.settings.description')}
            {canEdit ? null : ` ${t('dealHealth.settings.readOnly')}`}
          </CardDescription>
        </div>
      </CardHeader>
      <CardContent>
        {settings.isPending ? <Skeleton className="h-48 w-full" /> : null}
        {settings.isError ? (
          <ErrorState
            title={t('dealHealth.settings.loadError')}
            message={describeError(settings.error, t, dictionary)}
            onRetry={() => void settings.refetch()}
          />
        ) : null}
        {rows ? (
          <form ref={formRef} className="flex flex-col gap-4" onSubmit={handleSubmit} noValidate>
            <div className="overflow-x-auto">
              <table className="w-full min-w-[36rem] border-collapse text-sm">
                <thead className="text-left text-xs text-muted-foreground">
                  <tr>
                    <th scope="col" className="px-3 py-2 font-medium">
                      {t('dealHealth.settings.stage')}
                    </th>
                    {HEALTH_FIELDS.map((field) => (
                      <th key={field} scope="col" className="px-3 py-2 font-medium">
                        {t(FIELD_LABELS[field])}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row, index) => {
                    const stage = t(`stages.${row.stage}`);
                    return (
                      <tr key={row.stage} className="border-t border-border">
                        <th scope="row" className="px-3 py-2 text-left align-top font-medium">
                          <span className="flex h-9 items-center">{stage}</span>
                        </th>
                        {HEALTH_FIELDS.map((field) => (
                          <HealthThresholdCell
                            key={field}
                            value={row[field]}
                            label={t('dealHealth.settings.valueOf', {
                              field: t(FIELD_LABELS[field]),
                              stage,
                            })}
                            offLabel={t('dealHealth.settings.offOf', {
                              field: t(FIELD_LABELS[field]),
                              stage,
                            })}
                            max={HEALTH_LIMITS[field].max}
                            error={errorOf(index, field)}
                            readOnly={!canEdit}
                            onChange={(value) => handleChange(index, field, value)}
                          />
                        ))}
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
            {failure && !hasApiFieldErrors ? (
              <p role="alert" className="text-sm font-medium text-destructive">
                {describeError(failure, t, dictionary)}
              </p>
            ) : null}
            {canEdit ? (
              <Button type="submit" className="self-start" disabled={update.isPending}>
                {update.isPending ? t('common.saving') : t('common.save')}
              </Button>
            ) : null}
          </form>
        ) : null}
      </CardContent>
    </Card>
  );
}
