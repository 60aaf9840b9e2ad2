import type { CreateWebhookEndpointRequest } from '@loved/shared';
import { useState, type FormEvent } from 'react';
import { Alert, AlertDescription } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { DialogClose, DialogFooter } from '@/components/ui/dialog';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { CheckboxGroup } from '@/features/api-access/components/checkbox-group';
import { CheckboxOption } from '@/features/api-access/components/checkbox-option';
import { EnabledSwitch } from '@/features/api-access/components/enabled-switch';
import type {
  WebhookEndpointFormErrors,
  WebhookEndpointFormValues,
} from '@/features/api-access/types/webhook-endpoint-form';
import { toggleValue } from '@/features/api-access/utils/toggle-value';
import {
  WEBHOOK_EVENT_OPTIONS,
  webhookEventLabelKey,
} from '@/features/api-access/utils/webhook-event-labels';
import { parseWebhookEndpointForm } from '@/features/api-access/utils/webhook-endpoint-form';
import { useFocusFirstInvalid } from '@/hooks/use-focus-first-invalid';
import { ApiError } from '@/lib/api-client';
import { describeError, fieldErrorsOf } from '@/lib/describe-error';
import { useTranslation } from '@/lib/i18n/use-translation';

export type WebhookEndpointFormProps = {
  initialValues: WebhookEndpointFormValues;
  /** Editing shows the on/off switch; a new endpoint starts on. */
  showEnabled: boolean;
  submitLabel: string;
  isSubmitting: boolean;
  /** Saves; a rejection is shown on the form (field errors under their fields). */
  onSubmit: (body: CreateWebhookEndpointRequest, enabled: boolean) => Promise<unknown>;
};

/** The URL that receives the events, what it is for and which events it gets. */
export function WebhookEndpointForm({
  initialValues,
  showEnabled,
  submitLabel,
  isSubmitting,
  onSubmit,
}: WebhookEndpointFormProps): React.JSX.Element {
  const { t, dictionary } = useTranslation();
  const [values, setValues] = useState<WebhookEndpointFormValues>(initialValues);
  const [errors, setErrors] = useState<WebhookEndpointFormErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const { formRef, focusFirstInvalid } = useFocusFirstInvalid<HTMLFormElement>();

  const handleSubmit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    setFailure(null);
    const parsed = parseWebhookEndpointForm(values, t);
    if (!parsed.ok) {
      setErrors(parsed.errors);
      focusFirstInvalid();
      return;
    }
    setErrors({});
    try {
      await onSubmit(parsed.body, values.enabled);
    } catch (error) {
      const byField = fieldErrorsOf(error, t, dictionary);
      const urlRefused = error instanceof ApiError && error.code === 'WEBHOOK_URL_NOT_ALLOWED';
      const found: WebhookEndpointFormErrors = {
        // The API's reason is English; the code's text says it in the interface language.
        url: urlRefused ? describeError(error, t, dictionary) : byField.url,
        description: byField.description,
        events: byField.events,
      };
      setErrors(found);
      if (!found.url && !found.description && !found.events) {
        setFailure(describeError(error, t, dictionary));
      }
      focusFirstInvalid();
    }
  };

  return (
    <form
      ref={formRef}
      className="flex flex-col gap-4"
      noValidate
      onSubmit={(event) => void handleSubmit(event)}
    >
      <Field
        label={t('apiAccess.webhooks.form.url')}
        hint={t('apiAccess.webhooks.form.urlHint')}
        error={errors.url}
      >
        {(control) => (
          <Input
            {...control}
            type="url"
            inputMode="url"
            autoComplete="off"
            spellCheck={false}
            placeholder="https://"
            value={values.url}
            onChange={(event) => setValues((current) => ({ ...current, url: event.target.value }))}
          />
        )}
      </Field>
      <Field
        label={t('apiAccess.webhooks.form.description')}
        hint={t('apiAccess.webhooks.form.descriptionHint')}
        error={errors.description}
      >
        {(control) => (
          <Input
            {...control}
            autoComplete="off"
            maxLength={200}
            value={values.description}
            onChange={(event) =>
              setValues((current) => ({ ...current, description: event.target.value }))
            }
          />
        )}
      </Field>
      <CheckboxGroup legend={t('apiAccess.webhooks.form.events')} error={errors.events}>
        {WEBHOOK_EVENT_OPTIONS.map((event) => {
          const labelKey = webhookEventLabelKey(event);
          return (
            <CheckboxOption
              key={event}
              label={labelKey ? t(labelKey) : event}
              description={event}
              checked={values.events.includes(event)}
              onCheckedChange={(checked) =>
                setValues((current) => ({
                  ...current,
                  events: toggleValue(current.events, event, checked, WEBHOOK_EVENT_OPTIONS),
                }))
              }
            />
          );
        })}
      </CheckboxGroup>
      {showEnabled ? (
        <EnabledSwitch
          checked={values.enabled}
          onCheckedChange={(enabled) => setValues((current) => ({ ...current, enabled }))}
          label={t('apiAccess.webhooks.form.enabled')}
          hint={t('apiAccess.webhooks.form.enabledHint')}
        />
      ) : null}
      {failure ? (
        <Alert variant="destructive">
          <AlertDescription className="col-span-2 col-start-1">{failure}</AlertDescription>
        </Alert>
      ) : null}
      <DialogFooter>
        <DialogClose asChild>
          <Button variant="outline">{t('common.cancel')}</Button>
        </DialogClose>
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? t('apiAccess.webhooks.form.submitting') : submitLabel}
        </Button>
      </DialogFooter>
    </form>
  );
}
