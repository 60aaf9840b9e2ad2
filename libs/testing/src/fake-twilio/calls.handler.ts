import { errorReply, type FakeReply, jsonReply } from '../fake-http/fake-reply';
import { validateCreateCall } from './create-call.validator';
import { formatTwilioNumber, toRfc2822 } from './fake-twilio-format';
import { twilioSid } from './fake-twilio-ids';
import { API_VERSION } from './fake-twilio-routing';
import type { FakeTwilioContext } from './fake-twilio-context.type';

const CALL_SUBRESOURCES: Record<string, string> = {
  feedback: 'Feedback',
  notifications: 'Notifications',
  recordings: 'Recordings',
  streams: 'Streams',
  payments: 'Payments',
  user_defined_message_subscriptions: 'UserDefinedMessageSubscriptions',
  user_defined_messages: 'UserDefinedMessages',
  events: 'Events',
  siprec: 'Siprec',
  transcriptions: 'Transcriptions',
};

/** `POST /2010-04-01/Accounts/{AccountSid}/Calls.json`: queues a call after Twilio's checks. */
export function handleCreateCall(ctx: FakeTwilioContext): FakeReply {
  const validation = validateCreateCall(ctx.form);
  if (!validation.ok) return errorReply(validation.error);
  const call = validation.value;
  const accountSid = ctx.account.sid;
  const sid = twilioSid('CA');
  ctx.state.calls.push({ sid, accountSid, ...call });
  const now = toRfc2822(new Date());
  const uri = `/${API_VERSION}/Accounts/${accountSid}/Calls/${sid}`;
  return jsonReply(
    {
      account_sid: accountSid,
      annotation: null,
      answered_by: null,
      api_version: API_VERSION,
      caller_name: null,
      date_created: now,
      date_updated: now,
      direction: 'outbound-api',
      duration: null,
      end_time: null,
      forwarded_from: null,
      from: call.from,
      from_formatted: formatTwilioNumber(call.from),
      group_sid: null,
      parent_call_sid: null,
      phone_number_sid: ctx.state.phoneNumberSidFor(accountSid, call.from),
      price: null,
      price_unit: 'USD',
      queue_time: '0',
      sid,
      start_time: null,
      status: 'queued',
      subresource_uris: Object.fromEntries(
        Object.entries(CALL_SUBRESOURCES).map(([key, name]) => [key, `${uri}/${name}.json`]),
      ),
      to: call.to,
      to_formatted: formatTwilioNumber(call.to),
      trunk_sid: null,
      uri: `${uri}.json`,
    },
    201,
  );
}
