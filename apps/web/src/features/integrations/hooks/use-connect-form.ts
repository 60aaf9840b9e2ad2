import type { IntegrationStatus } from '@loved/shared';
import { useState, type FormEvent, type RefObject } from 'react';
import type { ConnectFormErrors } from '@/features/integrations/types/connect-form';
import type { IntegrationCardProvider } from '@/features/integrations/types/integration-card';
import { useFocusFirstInvalid } from '@/hooks/use-focus-first-invalid';
import type { Dictionary, Translate, TranslationKey } from '@/lib/i18n/translate';
import { useTranslation } from '@/lib/i18n/use-translation';
import { showToast } from '@/stores/toast.store';

type ConnectValues = Record<string, string>;

export type UseConnectFormOptions<T extends ConnectValues> = {
  provider: IntegrationCardProvider;
  /** Anything but `disconnected` makes the save an update. */
  status: IntegrationStatus;
  /** What the form starts with, read once. */
  initialValues: () => T;
  /** The body to send, from what was typed. */
  toRequest: (values: T) => T;
  /** What is plainly wrong before asking the provider: a text per field. */
  problemsOf: (body: T) => Partial<Record<keyof T, TranslationKey>>;
  /** Where each part of a failed save goes on the form. */
  errorsOf: (
    failure: unknown,
    t: Translate,
    dictionary: Dictionary,
  ) => ConnectFormErrors<keyof T & string>;
  /** Emptied once saved: the API never sends them back. */
  secretFields: readonly (keyof T)[];
  connect: { mutateAsync: (body: T) => Promise<unknown>; isPending: boolean };
  /** After a successful save. */
  onConnected: () => void;
};

export type ConnectForm<T extends ConnectValues> = {
  formRef: RefObject<HTMLFormElement | null>;
  values: T;
  errors: ConnectFormErrors<keyof T & string>;
  isUpdate: boolean;
  isPending: boolean;
  setValue: (name: keyof T, value: string) => void;
  handleSubmit: (event: FormEvent<HTMLFormElement>) => Promise<void>;
};

/**
 * A provider's credentials form: the typed values, checks before the API is asked, the API's
 * refusals placed on the fields, focus on the first invalid one, and a toast once saved.
 */
export function useConnectForm<T extends ConnectValues>({
  provider,
  status,
  initialValues,
  toRequest,
  problemsOf,
  errorsOf,
  secretFields,
  connect,
  onConnected,
}: UseConnectFormOptions<T>): ConnectForm<T> {
  const { t, dictionary } = useTranslation();
  const { formRef, focusFirstInvalid } = useFocusFirstInvalid<HTMLFormElement>();
  const [values, setValues] = useState<T>(initialValues);
  const [errors, setErrors] = useState<ConnectFormErrors<keyof T & string>>({ fields: {} });
  const isUpdate = status !== 'disconnected';

  const setValue = (name: keyof T, value: string): void =>
    setValues((current) => ({ ...current, [name]: value }));

  const handleSubmit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    if (connect.isPending) return;
    const body = toRequest(values);
    const problems = problemsOf(body);
    const problemTexts: ConnectFormErrors<keyof T & string>['fields'] = {};
    for (const name of Object.keys(problems) as Array<keyof T & string>) {
      const key = problems[name];
      if (key) problemTexts[name] = t(key);
    }
    if (Object.keys(problemTexts).length > 0) {
      setErrors({ fields: problemTexts });
      focusFirstInvalid();
      return;
    }
    setErrors({ fields: {} });
    try {
      await connect.mutateAsync(body);
      const emptySecrets = Object.fromEntries(secretFields.map((name) => [name, '']));
      setValues((current) => ({ ...current, ...emptySecrets }));
      showToast({
        title: isUpdate
          ? t(`integrations.${provider}.form.updated`)
          : t(`integrations.${provider}.form.connected`),
        variant: 'success',
      });
      onConnected();
    } catch (failure) {
      setErrors(errorsOf(failure, t, dictionary));
      focusFirstInvalid();
    }
  };

  return {
    formRef,
    values,
    errors,
    isUpdate,
    isPending: connect.isPending,
    setValue,
    handleSubmit,
  };
}
