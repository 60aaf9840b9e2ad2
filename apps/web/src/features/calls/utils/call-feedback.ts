import type { CommunicationResponse } from '@loved/shared';
import { ApiError } from '@/lib/api-client';
import { describeError } from '@/lib/describe-error';
import type { Dictionary, Translate } from '@/lib/i18n/translate';

export type CallFeedback = { title: string; description?: string };

/** What the rep reads once the call is on its way: who rings first, and where they answer. */
export function callStartedFeedback(
  communication: CommunicationResponse,
  leadName: string,
  t: Translate,
): CallFeedback {
  const agent = communication.metadata.agent_phone;
  return {
    title: t('calls.started', { name: leadName }),
    description:
      typeof agent === 'string' && agent
        ? t('calls.startedAgent', { agent })
        : t('calls.startedNoAgent'),
  };
}

/**
 * Why the call did not start, in the interface language. The shared text of LEAD_HAS_NO_PHONE
 * speaks of WhatsApp, so calls say it their own way; Twilio's refusal adds Twilio's reason.
 */
export function callFailedFeedback(
  error: unknown,
  t: Translate,
  dictionary: Dictionary,
): CallFeedback {
  const code = error instanceof ApiError ? error.code : undefined;
  if (code === 'LEAD_HAS_NO_PHONE') return { title: t('calls.noPhone') };
  const title = describeError(error, t, dictionary);
  if (code === 'TWILIO_CALL_REFUSED' && error instanceof ApiError && error.detail) {
    return { title, description: t('calls.twilioReason', { reason: error.detail }) };
  }
  return { title };
}
