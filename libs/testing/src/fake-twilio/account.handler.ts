import { type FakeReply, jsonReply } from '../fake-http/fake-reply';
import { toRfc2822 } from './fake-twilio-format';
import { API_VERSION } from './fake-twilio-routing';
import type { FakeTwilioContext } from './fake-twilio-context.type';

/** The account's subresources, as Twilio lists them in `subresource_uris`. */
const SUBRESOURCES: Record<string, string> = {
  addresses: 'Addresses',
  conferences: 'Conferences',
  signing_keys: 'SigningKeys',
  transcriptions: 'Transcriptions',
  connect_apps: 'ConnectApps',
  sip: 'SIP',
  authorized_connect_apps: 'AuthorizedConnectApps',
  usage: 'Usage',
  keys: 'Keys',
  applications: 'Applications',
  recordings: 'Recordings',
  short_codes: 'SMS/ShortCodes',
  calls: 'Calls',
  notifications: 'Notifications',
  incoming_phone_numbers: 'IncomingPhoneNumbers',
  queues: 'Queues',
  messages: 'Messages',
  outgoing_caller_ids: 'OutgoingCallerIds',
  available_phone_numbers: 'AvailablePhoneNumbers',
  balance: 'Balance',
};

/** `GET /2010-04-01/Accounts/{AccountSid}.json`: the account as Twilio returns it (with token). */
export function handleFetchAccount(ctx: FakeTwilioContext): FakeReply {
  const { account } = ctx;
  const base = `/${API_VERSION}/Accounts/${account.sid}`;
  return jsonReply({
    auth_token: account.authToken,
    date_created: toRfc2822(account.dateCreated),
    date_updated: toRfc2822(account.dateUpdated),
    friendly_name: account.friendlyName,
    owner_account_sid: account.sid,
    sid: account.sid,
    status: account.status,
    subresource_uris: Object.fromEntries(
      Object.entries(SUBRESOURCES).map(([key, name]) => [key, `${base}/${name}.json`]),
    ),
    type: 'Full',
    uri: `${base}.json`,
  });
}
