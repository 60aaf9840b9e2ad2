import type { ConnectTwilioRequest, TwilioIntegrationResponse } from '@loved/shared';
import { missingValueProblems } from '@/features/integrations/utils/connect-form-values';
import type { TwilioConnectField } from '@/features/integrations/utils/twilio-connect-errors';
import type { TranslationKey } from '@/lib/i18n/translate';

const ACCOUNT_SID = /^AC[0-9a-fA-F]{32}$/;
/** As the API checks it, after dropping the spaces, dots, dashes and brackets people type. */
const E164 = /^\+[1-9]\d{7,14}$/;

/** The form's starting values: what the API knows, and never the auth token. */
export function initialTwilioValues(integration: TwilioIntegrationResponse): ConnectTwilioRequest {
  return {
    account_sid: integration.account_sid ?? '',
    auth_token: '',
    phone_number: integration.phone_number ?? '',
    agent_phone: integration.agent_phone ?? '',
  };
}

/** The body to send: trimmed, and the phones without the punctuation people type. */
export function twilioRequestOf(values: ConnectTwilioRequest): ConnectTwilioRequest {
  const phone = (value: string): string => value.replace(/[\s().-]/g, '');
  return {
    account_sid: values.account_sid.trim(),
    auth_token: values.auth_token.trim(),
    phone_number: phone(values.phone_number),
    agent_phone: phone(values.agent_phone),
  };
}

/**
 * What is plainly wrong before asking Twilio: empty fields, an Account SID that is not `AC` and
 * 32 hex digits, phones not in E.164. The API checks the same; this saves a round trip.
 */
export function twilioValueProblems(
  body: ConnectTwilioRequest,
): Partial<Record<TwilioConnectField, TranslationKey>> {
  const problems = missingValueProblems(body);
  if (body.account_sid && !ACCOUNT_SID.test(body.account_sid)) {
    problems.account_sid = 'integrations.twilio.form.accountSidInvalid';
  }
  for (const field of ['phone_number', 'agent_phone'] as const) {
    if (body[field] && !E164.test(body[field])) {
      problems[field] = 'integrations.twilio.form.phoneInvalid';
    }
  }
  return problems;
}
