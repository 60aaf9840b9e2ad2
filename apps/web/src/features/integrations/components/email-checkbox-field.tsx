import { useId } from 'react';

export type EmailCheckboxFieldProps = {
  label: string;
  /** `'true'` or `'false'`: the connect form holds every value as text. */
  value: string;
  onChange: (value: string) => void;
};

/** A yes/no option of the e-mail form, such as TLS or creating leads. */
export function EmailCheckboxField({
  label,
  value,
  onChange,
}: EmailCheckboxFieldProps): React.JSX.Element {
  const id = useId();
  return (
    <div className="flex items-center gap-2">
      <input
        id={id}
        type="checkbox"
        className="size-4 accent-primary"
        checked={value === 'true'}
        onChange={(event) => onChange(String(event.target.checked))}
      />
      <label htmlFor={id} className="text-sm">
        {label}
      </label>
    </div>
  );
}
