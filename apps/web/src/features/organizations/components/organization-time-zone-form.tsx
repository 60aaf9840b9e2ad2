import { useMemo, useState, type FormEvent } from 'react';
import { ErrorState } from '@/components/error-state';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { Field } from '@/components/ui/field';
import { Select } from '@/components/ui/select';
import { Skeleton } from '@/components/ui/skeleton';
import { useCurrentOrganization } from '@/features/organizations/api/get-current-organization';
import { useUpdateOrganization } from '@/features/organizations/api/update-organization';
import {
  BRAZIL_TIME_ZONES,
  DEFAULT_TIME_ZONE,
  otherTimeZones,
  timeZoneLabel,
} from '@/features/organizations/utils/time-zones';
import { describeError, fieldErrorsOf } from '@/lib/describe-error';
import { useTranslation } from '@/lib/i18n/use-translation';
import { showToast } from '@/stores/toast.store';

export type OrganizationTimeZoneFormProps = {
  canEdit: boolean;
};

/** The organisation's time zone ("today" and activity times); admins change it. */
export function OrganizationTimeZoneForm({
  canEdit,
}: OrganizationTimeZoneFormProps): React.JSX.Element {
  const { t, dictionary } = useTranslation();
  const organization = useCurrentOrganization();
  const update = useUpdateOrganization();
  const [saved, setSaved] = useState<string | null>(null);
  const [zone, setZone] = useState('');
  const [error, setError] = useState<unknown>(null);
  // About 400 zones, each labelled with its offset: built once, not at every keystroke.
  const options = useMemo(
    () => ({
      brazil: BRAZIL_TIME_ZONES.map((option) => ({ zone: option, label: timeZoneLabel(option) })),
      others: otherTimeZones().map((option) => ({
        zone: option,
        label: option === 'UTC' ? 'UTC' : `${timeZoneLabel(option)} · ${option}`,
      })),
    }),
    [],
  );

  // Starts from the loaded zone, as the name form does; after that it belongs to the user.
  if (organization.data && saved === null) {
    setSaved(organization.data.time_zone ?? DEFAULT_TIME_ZONE);
    setZone(organization.data.time_zone ?? DEFAULT_TIME_ZONE);
  }

  const handleSubmit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    setError(null);
    try {
      const changed = await update.mutateAsync({ time_zone: zone });
      setSaved(changed.time_zone);
      setZone(changed.time_zone);
      showToast({ title: t('timeZone.saved'), variant: 'success' });
    } catch (failure) {
      setError(failure);
    }
  };

  const fieldError =
    fieldErrorsOf(error, t, dictionary).time_zone ??
    (error ? describeError(error, t, dictionary) : undefined);
  // A zone saved elsewhere that this list lacks still shows as chosen.
  const isListed =
    zone === '' || [...options.brazil, ...options.others].some((option) => option.zone === zone);

  return (
    <Card role="region" aria-labelledby="time-zone-settings-title">
      <CardHeader>
        <div>
          <CardTitle id="time-zone-settings-title">{t('timeZone.title')}</CardTitle>
          <CardDescription>
            {canEdit ? t('timeZone.description') : t('timeZone.readOnly')}
          </CardDescription>
        </div>
      </CardHeader>
      <CardContent>
        {organization.isPending ? <Skeleton className="h-9 w-full max-w-md" /> : null}
        {organization.isError ? (
          <ErrorState
            title={t('timeZone.title')}
            message={describeError(organization.error, t, dictionary)}
            onRetry={() => void organization.refetch()}
          />
        ) : null}
        {organization.isSuccess ? (
          <form
            className="flex flex-col gap-3 sm:flex-row sm:items-end"
            onSubmit={handleSubmit}
            noValidate
          >
            <Field label={t('timeZone.label')} error={fieldError} className="w-full max-w-md">
              {(control) => (
                <Select
                  {...control}
                  value={zone}
                  disabled={!canEdit}
                  onChange={(event) => setZone(event.target.value)}
                >
                  {isListed ? null : <option value={zone}>{timeZoneLabel(zone)}</option>}
                  <optgroup label={t('timeZone.brazil')}>
                    {options.brazil.map((option) => (
                      <option key={option.zone} value={option.zone}>
                        {option.label}
                      </option>
                    ))}
                  </optgroup>
                  <optgroup label={t('timeZone.others')}>
                    {options.others.map((option) => (
                      <option key={option.zone} value={option.zone}>
                        {option.label}
                      </option>
                    ))}
                  </optgroup>
                </Select>
              )}
            </Field>
            {canEdit ? (
              <Button type="submit" disabled={zone === saved || update.isPending}>
                {update.isPending ? t('common.saving') : t('common.save')}
              </Button>
            ) : null}
          </form>
        ) : null}
      </CardContent>
    </Card>
  );
}
