import { twilioCallParams } from './twilio-call-params';
import type {
  TwilioCallParties,
  TwilioCallStatus,
  TwilioWebhookParams,
} from './twilio-webhook.type';

export type TwilioInboundCallOptions = TwilioCallParties & {
  /** `ringing` unless given. */
  callStatus?: TwilioCallStatus;
  /** The token Twilio sends with a PSTN call, to pass on when forwarding it. */
  callToken?: string;
  /** Sent only when the number has caller-name lookup enabled. */
  callerName?: string;
  /** The number that forwarded the call, when the carrier says so. */
  forwardedFrom?: string;
};

/** The request Twilio makes to a number's voice URL ("A call comes in") when someone dials it. */
export function twilioInboundCall(options: TwilioInboundCallOptions): TwilioWebhookParams {
  const params = twilioCallParams(options, options.callStatus ?? 'ringing', 'inbound');
  if (options.callToken !== undefined) params.CallToken = options.callToken;
  if (options.callerName !== undefined) params.CallerName = options.callerName;
  if (options.forwardedFrom !== undefined) params.ForwardedFrom = options.forwardedFrom;
  return params;
}
