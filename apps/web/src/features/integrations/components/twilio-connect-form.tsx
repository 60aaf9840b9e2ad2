import type { TwilioIntegrationResponse } from '@loved/shared';
import { useConnectTwilio } from '@/features/integrations/api/connect-twilio';
import { IntegrationConnectForm } from '@/features/integrations/components/integration-connect-form';
import { useConnectForm } from '@/features/integrations/hooks/use-connect-form';
import type {
  ConnectFormSlotProps,
  CredentialFieldSpec,
} from '@/features/integrations/types/connect-form';
import {
  twilioConnectErrorsOf,
  type TwilioConnectField,
} from '@/features/integrations/utils/twilio-connect-errors';
import {
  initialTwilioValues,
  twilioRequestOf,
  twilioValueProblems,
} from '@/features/integrations/utils/twilio-connect-values';

const FIELDS: readonly CredentialFieldSpec<TwilioConnectField>[] = [
  {
    name: 'account_sid',
    label: 'integrations.twilio.form.accountSid',
    hint: 'integrations.twilio.form.accountSidHint',
    kind: 'text',
    placeholder: 'AC…',
  },
  {
    name: 'auth_token',
    label: 'integrations.twilio.form.authToken',
    hint: 'integrations.twilio.form.authTokenHint',
    kind: 'secret',
  },
  {
    name: 'phone_number',
    label: 'integrations.twilio.form.phoneNumber',
    hint: 'integrations.twilio.form.phoneNumberHint',
    kind: 'phone',
    placeholder: '+5511…',
  },
  {
    name: 'agent_phone',
    label: 'integrations.twilio.form.agentPhone',
    hint: 'integrations.twilio.form.agentPhoneHint',
    kind: 'phone',
    placeholder: '+5511…',
  },
];

const SECRET_FIELDS: readonly TwilioConnectField[] = ['auth_token'];

export type TwilioConnectFormProps = ConnectFormSlotProps & {
  integration: TwilioIntegrationResponse;
};

/**
 * The Twilio account and numbers, checked with Twilio when saved. The SID and numbers come back
 * filled in; the auth token never does, so an update asks for it again.
 */
export function TwilioConnectForm({
  integration,
  onConnected,
  onCancel,
}: TwilioConnectFormProps): React.JSX.Element {
  const connect = useConnectTwilio();
  const form = useConnectForm({
    provider: 'twilio',
    status: integration.status,
    initialValues: () => initialTwilioValues(integration),
    toRequest: twilioRequestOf,
    problemsOf: twilioValueProblems,
    errorsOf: twilioConnectErrorsOf,
    secretFields: SECRET_FIELDS,
    connect,
    onConnected,
  });

  return (
    <IntegrationConnectForm provider="twilio" fields={FIELDS} form={form} onCancel={onCancel} />
  );
}
