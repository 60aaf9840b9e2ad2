import type { CommunicationResponse, WhatsAppTemplate } from '@loved/shared';
import { Clock, SendHorizontal } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { ErrorState } from '@/components/error-state';
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { Spinner } from '@/components/ui/spinner';
import { useWhatsAppTemplates } from '@/features/whatsapp/api/get-whatsapp-templates';
import { useSendWhatsApp } from '@/features/whatsapp/api/send-whatsapp';
import { WhatsAppTemplatePreview } from '@/features/whatsapp/components/whatsapp-template-preview';
import { useShowSendFailure } from '@/features/whatsapp/hooks/use-show-send-failure';
import { changesConversation } from '@/features/whatsapp/utils/send-outcome';
import {
  hasMediaHeader,
  slotKey,
  templateComponentsFor,
  templateIdOf,
  templateSlotsOf,
  type TemplateValues,
} from '@/features/whatsapp/utils/template-parameters';
import { useFocusFirstInvalid } from '@/hooks/use-focus-first-invalid';
import { describeError } from '@/lib/describe-error';
import { useTranslation } from '@/lib/i18n/use-translation';
import { showToast } from '@/stores/toast.store';

export type WhatsAppTemplateFormProps = {
  leadId: string;
  /** The customer's last WhatsApp message; null when they never wrote. */
  lastInboundAt: string | null;
  onSent: (communication: CommunicationResponse) => void;
  /** A send found the conversation changed (window closed, WhatsApp disconnected): ask again. */
  onConversationChanged: (error: unknown) => void;
};

/**
 * Outside the 24-hour window WhatsApp only delivers approved templates: this explains why and
 * lets the user pick one, fill its variables and send it.
 */
export function WhatsAppTemplateForm({
  leadId,
  lastInboundAt,
  onSent,
  onConversationChanged,
}: WhatsAppTemplateFormProps): React.JSX.Element {
  const { t, dictionary, dateTime } = useTranslation();
  const templates = useWhatsAppTemplates();
  const send = useSendWhatsApp({ onSent });
  const showFailure = useShowSendFailure();
  const { formRef, focusFirstInvalid } = useFocusFirstInvalid<HTMLFormElement>();
  const [templateId, setTemplateId] = useState('');
  const [values, setValues] = useState<TemplateValues>({});
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | undefined>();
  const template: WhatsAppTemplate | undefined = templates.data?.find(
    (candidate) => templateIdOf(candidate) === templateId,
  );
  const slots = template ? templateSlotsOf(template) : [];

  const handleChooseTemplate = (id: string): void => {
    setTemplateId(id);
    setValues({});
    setFieldErrors({});
    setError(undefined);
  };

  const handleSubmit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    if (send.isPending) return;
    const errors: Record<string, string> = {};
    if (!template) errors.template = t('whatsapp.templates.required');
    for (const slot of slots) {
      if (!values[slotKey(slot)]?.trim()) errors[slotKey(slot)] = t('validation.required');
    }
    setFieldErrors(errors);
    setError(undefined);
    if (!template || Object.keys(errors).length > 0) {
      focusFirstInvalid();
      return;
    }
    const components = templateComponentsFor(template, values);
    try {
      const communication = await send.mutateAsync({
        lead_id: leadId,
        template: {
          name: template.name,
          language: template.language,
          ...(components ? { components } : {}),
        },
      });
      handleChooseTemplate('');
      if (communication.status === 'failed') showFailure(communication);
    } catch (failure) {
      const message = describeError(failure, t, dictionary);
      if (changesConversation(failure)) {
        showToast({ title: message, variant: 'destructive' });
        onConversationChanged(failure);
        return;
      }
      setError(message);
    }
  };

  return (
    <div className="flex flex-col gap-3">
      <Alert>
        <Clock aria-hidden="true" />
        <AlertTitle>{t('whatsapp.templates.windowClosedTitle')}</AlertTitle>
        <AlertDescription>
          <p>
            {lastInboundAt
              ? t('whatsapp.templates.windowClosed')
              : t('whatsapp.templates.windowNeverOpened')}
          </p>
          {lastInboundAt ? (
            <p className="mt-1 text-xs text-muted-foreground">
              {t('whatsapp.templates.lastInbound', { date: dateTime(lastInboundAt) })}
            </p>
          ) : null}
        </AlertDescription>
      </Alert>

      {templates.isPending ? (
        <Spinner className="text-sm text-muted-foreground">
          {t('whatsapp.templates.loading')}
        </Spinner>
      ) : null}
      {templates.isError ? (
        <ErrorState
          title={t('whatsapp.templates.loadError')}
          message={describeError(templates.error, t, dictionary)}
          onRetry={() => void templates.refetch()}
        />
      ) : null}
      {templates.data?.length === 0 ? (
        <p className="text-sm text-muted-foreground">{t('whatsapp.templates.empty')}</p>
      ) : null}

      {templates.data && templates.data.length > 0 ? (
        <form ref={formRef} className="flex flex-col gap-3" onSubmit={handleSubmit} noValidate>
          <Field label={t('whatsapp.templates.label')} error={fieldErrors.template ?? error}>
            {(control) => (
              <Select
                {...control}
                value={templateId}
                onChange={(event) => handleChooseTemplate(event.target.value)}
              >
                <option value="">{t('whatsapp.templates.choose')}</option>
                {templates.data.map((candidate) => {
                  const id = templateIdOf(candidate);
                  const label = { name: candidate.name, language: candidate.language };
                  return hasMediaHeader(candidate) ? (
                    <option key={id} value={id} disabled>
                      {t('whatsapp.templates.mediaHeader', label)}
                    </option>
                  ) : (
                    <option key={id} value={id}>
                      {t('whatsapp.templates.option', label)}
                    </option>
                  );
                })}
              </Select>
            )}
          </Field>
          {slots.length > 0 ? (
            <div className="grid gap-3 sm:grid-cols-2">
              {slots.map((slot) => {
                const key = slotKey(slot);
                const name = `{{${slot.name}}}`;
                return (
                  <Field
                    key={key}
                    label={
                      slot.component === 'header'
                        ? t('whatsapp.templates.headerVariable', { name })
                        : t('whatsapp.templates.variable', { name })
                    }
                    error={fieldErrors[key]}
                  >
                    {(control) => (
                      <Input
                        {...control}
                        value={values[key] ?? ''}
                        maxLength={1024}
                        onChange={(event) =>
                          setValues((current) => ({ ...current, [key]: event.target.value }))
                        }
                      />
                    )}
                  </Field>
                );
              })}
            </div>
          ) : null}
          {template ? <WhatsAppTemplatePreview template={template} values={values} /> : null}
          <Button type="submit" className="self-end" disabled={send.isPending}>
            <SendHorizontal aria-hidden="true" />
            {send.isPending ? t('whatsapp.composer.sending') : t('whatsapp.templates.send')}
          </Button>
        </form>
      ) : null}
    </div>
  );
}
