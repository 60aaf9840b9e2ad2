import type { ConnectWhatsAppRequest, WhatsAppIntegrationResponse } from '@loved/shared';
import { useConnectWhatsApp } from '@/features/integrations/api/connect-whatsapp';
import { GenerateVerifyTokenButton } from '@/features/integrations/components/generate-verify-token-button';
import { IntegrationConnectForm } from '@/features/integrations/components/integration-connect-form';
import { useConnectForm } from '@/features/integrations/hooks/use-connect-form';
import type {
  ConnectFormSlotProps,
  CredentialFieldSpec,
} from '@/features/integrations/types/connect-form';
import {
  missingValueProblems,
  trimmedValues,
} from '@/features/integrations/utils/connect-form-values';
import {
  whatsAppConnectErrorsOf,
  type WhatsAppConnectField,
} from '@/features/integrations/utils/whatsapp-connect-errors';

/** Secrets are typed blind; the rest are ids the admin copies from Meta and can check. */
const FIELDS: readonly CredentialFieldSpec<WhatsAppConnectField>[] = [
  {
    name: 'display_phone_number',
    label: 'integrations.whatsapp.form.displayPhoneNumber',
    hint: 'integrations.whatsapp.form.displayPhoneNumberHint',
    kind: 'text',
  },
  {
    name: 'phone_number_id',
    label: 'integrations.whatsapp.form.phoneNumberId',
    hint: 'integrations.whatsapp.form.phoneNumberIdHint',
    kind: 'numeric',
  },
  {
    name: 'waba_id',
    label: 'integrations.whatsapp.form.wabaId',
    hint: 'integrations.whatsapp.form.wabaIdHint',
    kind: 'numeric',
  },
  {
    name: 'access_token',
    label: 'integrations.whatsapp.form.accessToken',
    hint: 'integrations.whatsapp.form.accessTokenHint',
    kind: 'secret',
  },
  {
    name: 'app_secret',
    label: 'integrations.whatsapp.form.appSecret',
    hint: 'integrations.whatsapp.form.appSecretHint',
    kind: 'secret',
  },
  {
    name: 'verify_token',
    label: 'integrations.whatsapp.form.verifyToken',
    hint: 'integrations.whatsapp.form.verifyTokenHint',
    kind: 'text',
  },
];

const SECRET_FIELDS: readonly WhatsAppConnectField[] = ['access_token', 'app_secret'];

function initialValues(integration: WhatsAppIntegrationResponse): ConnectWhatsAppRequest {
  return {
    display_phone_number: integration.display_phone_number ?? '',
    phone_number_id: integration.phone_number_id ?? '',
    waba_id: integration.waba_id ?? '',
    access_token: '',
    app_secret: '',
    verify_token: '',
  };
}

export type WhatsAppConnectFormProps = ConnectFormSlotProps & {
  integration: WhatsAppIntegrationResponse;
};

/**
 * The credentials of the agency's WhatsApp number, checked with Meta when saved. The ids come
 * back filled in; the secrets never do, so an update asks for them all again.
 */
export function WhatsAppConnectForm({
  integration,
  onConnected,
  onCancel,
}: WhatsAppConnectFormProps): React.JSX.Element {
  const connect = useConnectWhatsApp();
  const form = useConnectForm({
    provider: 'whatsapp',
    status: integration.status,
    initialValues: () => initialValues(integration),
    toRequest: trimmedValues,
    problemsOf: missingValueProblems,
    errorsOf: whatsAppConnectErrorsOf,
    secretFields: SECRET_FIELDS,
    connect,
    onConnected,
  });

  return (
    <IntegrationConnectForm
      provider="whatsapp"
      fields={FIELDS}
      form={form}
      onCancel={onCancel}
      renderAddon={(name) =>
        name === 'verify_token' ? (
          <GenerateVerifyTokenButton onGenerate={(token) => form.setValue(name, token)} />
        ) : null
      }
    />
  );
}
