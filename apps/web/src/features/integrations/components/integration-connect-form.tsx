import { TriangleAlert } from 'lucide-react';
import type { ReactNode } from 'react';
import { Alert, AlertDescription } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { CredentialField } from '@/features/integrations/components/credential-field';
import type { ConnectForm } from '@/features/integrations/hooks/use-connect-form';
import type { CredentialFieldSpec } from '@/features/integrations/types/connect-form';
import type { IntegrationCardProvider } from '@/features/integrations/types/integration-card';
import { useTranslation } from '@/lib/i18n/use-translation';

export type IntegrationConnectFormProps<T extends Record<string, string>> = {
  provider: IntegrationCardProvider;
  fields: readonly CredentialFieldSpec<keyof T & string>[];
  form: ConnectForm<T>;
  /** Shown as a cancel button when the form was opened over a working connection. */
  onCancel?: () => void;
  /** Beside a field's input, such as WhatsApp's verify token generator. */
  renderAddon?: (name: keyof T & string) => ReactNode;
};

/** A provider's credentials form: title, fields, what went wrong, cancel and save. */
export function IntegrationConnectForm<T extends Record<string, string>>({
  provider,
  fields,
  form,
  onCancel,
  renderAddon,
}: IntegrationConnectFormProps<T>): React.JSX.Element {
  const { t } = useTranslation();
  // Taken apart here: react-hooks/refs treats every read of an object holding a ref as a ref read.
  const { formRef, values, errors, isUpdate, isPending, setValue, handleSubmit } = form;

  return (
    <form ref={formRef} className="flex flex-col gap-4" onSubmit={handleSubmit} noValidate>
      <div>
        <h3 className="text-sm font-semibold">
          {isUpdate
            ? t(`integrations.${provider}.form.updateTitle`)
            : t(`integrations.${provider}.form.connectTitle`)}
        </h3>
        {isUpdate ? (
          <p className="mt-1 text-xs text-muted-foreground">
            {t(`integrations.${provider}.form.secretsHint`)}
          </p>
        ) : null}
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        {fields.map((field) => (
          <CredentialField
            key={field.name}
            spec={field}
            value={values[field.name]}
            error={errors.fields[field.name]}
            onChange={(value) => setValue(field.name, value)}
            addon={renderAddon?.(field.name)}
          />
        ))}
      </div>
      {errors.form ? (
        <Alert variant="destructive">
          <TriangleAlert aria-hidden="true" />
          <AlertDescription>{errors.form}</AlertDescription>
        </Alert>
      ) : null}
      <div className="flex flex-wrap justify-end gap-2">
        {onCancel ? (
          <Button variant="outline" onClick={onCancel}>
            {t(`integrations.${provider}.form.cancelEdit`)}
          </Button>
        ) : null}
        <Button type="submit" disabled={isPending}>
          {isPending
            ? t(`integrations.${provider}.form.submitting`)
            : isUpdate
              ? t(`integrations.${provider}.form.submitUpdate`)
              : t(`integrations.${provider}.form.submit`)}
        </Button>
      </div>
    </form>
  );
}
