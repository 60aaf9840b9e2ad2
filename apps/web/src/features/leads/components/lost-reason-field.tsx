import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { useLostReasons } from '@/features/leads/api/get-lost-reasons';
import { isOtherLostReason, type LostReasonValue } from '@/features/leads/utils/lost-reason';
import { useTranslation } from '@/lib/i18n/use-translation';

export type LostReasonFieldProps = {
  value: LostReasonValue;
  onChange: (value: LostReasonValue) => void;
  error?: string;
};

/**
 * Why a deal was lost: one of the organisation's reasons; "Outro" (or a list that cannot be read)
 * lets the rep type it.
 */
export function LostReasonField({
  value,
  onChange,
  error,
}: LostReasonFieldProps): React.JSX.Element {
  const { t } = useTranslation();
  const reasons = useLostReasons();
  const hasList = reasons.isSuccess && reasons.data.length > 0;
  const showsOther = !hasList ? !reasons.isPending : isOtherLostReason(value.choice);

  return (
    <div className="flex flex-col gap-3">
      {hasList ? (
        <Field label={t('leadResult.reason')} error={showsOther ? undefined : error}>
          {(control) => (
            <Select
              {...control}
              value={value.choice}
              onChange={(event) => onChange({ ...value, choice: event.target.value })}
            >
              <option value="" disabled>
                {t('leadResult.reasonPlaceholder')}
              </option>
              {reasons.data.map((reason) => (
                <option key={reason.id} value={reason.label}>
                  {reason.label}
                </option>
              ))}
            </Select>
          )}
        </Field>
      ) : null}
      {reasons.isPending ? (
        <p className="text-xs text-muted-foreground">{t('leadResult.reasonsLoading')}</p>
      ) : null}
      {reasons.isError ? (
        <p className="text-xs text-muted-foreground">{t('leadResult.reasonsError')}</p>
      ) : null}
      {showsOther ? (
        <Field label={hasList ? t('leadResult.otherReason') : t('leadResult.reason')} error={error}>
          {(control) => (
            <Input
              {...control}
              autoFocus={hasList}
              maxLength={200}
              placeholder={t('leadResult.otherPlaceholder')}
              value={value.other}
              onChange={(event) => onChange({ ...value, other: event.target.value })}
            />
          )}
        </Field>
      ) : null}
    </div>
  );
}
