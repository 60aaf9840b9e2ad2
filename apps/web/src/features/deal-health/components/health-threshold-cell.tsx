import { useId } from 'react';
import { Input } from '@/components/ui/input';
import type { HealthValue } from '@/features/deal-health/utils/health-settings-form';
import { useTranslation } from '@/lib/i18n/use-translation';

export type HealthThresholdCellProps = {
  value: HealthValue;
  /** "Dias parado em Proposta": the input's name, since the table has no label per cell. */
  label: string;
  offLabel: string;
  max: number;
  error?: string;
  readOnly: boolean;
  onChange: (value: HealthValue) => void;
};

/** One threshold: a whole number, or "Desligado" (the signal is off for the stage). */
export function HealthThresholdCell({
  value,
  label,
  offLabel,
  max,
  error,
  readOnly,
  onChange,
}: HealthThresholdCellProps): React.JSX.Element {
  const { t } = useTranslation();
  const errorId = useId();

  return (
    <td className="px-3 py-2 align-top">
      <div className="flex flex-wrap items-center gap-3">
        <Input
          type="number"
          inputMode="numeric"
          min={1}
          max={max}
          step={1}
          className="w-24"
          aria-label={label}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          value={value.off ? '' : value.text}
          disabled={value.off}
          readOnly={readOnly}
          onChange={(event) => onChange({ ...value, text: event.target.value })}
        />
        <label className="flex items-center gap-1.5 text-sm whitespace-nowrap">
          <input
            type="checkbox"
            className="size-4 accent-primary"
            aria-label={offLabel}
            checked={value.off}
            disabled={readOnly}
            onChange={(event) => onChange({ ...value, off: event.target.checked })}
          />
          <span aria-hidden="true">{t('dealHealth.settings.off')}</span>
        </label>
      </div>
      {error ? (
        <p id={errorId} className="mt-1 text-xs font-medium text-destructive">
          {error}
        </p>
      ) : null}
    </td>
  );
}
