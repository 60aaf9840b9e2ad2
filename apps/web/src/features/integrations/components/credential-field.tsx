import type { HTMLAttributes, ReactNode } from 'react';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import type { CredentialFieldSpec } from '@/features/integrations/types/connect-form';
import { useTranslation } from '@/lib/i18n/use-translation';

type Kind = CredentialFieldSpec<string>['kind'];

const INPUT_TYPES: Record<Kind, string> = {
  text: 'text',
  numeric: 'text',
  secret: 'password',
  phone: 'tel',
};

const INPUT_MODES: Record<Kind, HTMLAttributes<HTMLInputElement>['inputMode']> = {
  text: undefined,
  numeric: 'numeric',
  secret: undefined,
  phone: 'tel',
};

export type CredentialFieldProps = {
  spec: CredentialFieldSpec<string>;
  value: string;
  /** The reason the value was refused, shown under the input. */
  error?: string;
  onChange: (value: string) => void;
  /** Beside the input, such as a button that fills it in. */
  addon?: ReactNode;
};

/** One credential of a connect form: labelled, hinted, never autofilled with the user's login. */
export function CredentialField({
  spec,
  value,
  error,
  onChange,
  addon,
}: CredentialFieldProps): React.JSX.Element {
  const { t } = useTranslation();
  return (
    <Field label={t(spec.label)} hint={t(spec.hint)} error={error}>
      {(control) => {
        const input = (
          <Input
            {...control}
            name={spec.name}
            type={INPUT_TYPES[spec.kind]}
            // Keeps password managers from offering the user's own login here.
            autoComplete={spec.kind === 'secret' ? 'new-password' : 'off'}
            spellCheck={false}
            inputMode={INPUT_MODES[spec.kind]}
            placeholder={spec.placeholder}
            required={!spec.optional}
            value={value}
            onChange={(event) => onChange(event.target.value)}
          />
        );
        if (!addon) return input;
        return (
          <div className="flex gap-2">
            {input}
            {addon}
          </div>
        );
      }}
    </Field>
  );
}
