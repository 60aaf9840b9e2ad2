import { useId } from 'react';
import { Switch } from '@/components/ui/switch';

export type EnabledSwitchProps = {
  label: string;
  hint: string;
  checked: boolean;
  onCheckedChange: (checked: boolean) => void;
};

/** An on/off switch with its label and a line saying what off means. */
export function EnabledSwitch({
  label,
  hint,
  checked,
  onCheckedChange,
}: EnabledSwitchProps): React.JSX.Element {
  const id = useId();
  return (
    <div className="flex items-start gap-3">
      <Switch
        id={id}
        checked={checked}
        aria-describedby={`${id}-hint`}
        onCheckedChange={onCheckedChange}
      />
      <div className="flex flex-col gap-0.5">
        <label htmlFor={id} className="text-sm font-medium">
          {label}
        </label>
        <p id={`${id}-hint`} className="text-xs text-muted-foreground">
          {hint}
        </p>
      </div>
    </div>
  );
}
