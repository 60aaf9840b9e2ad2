// What Meta would POST for one inbound text message, and its X-Hub-Signature-256. The bench's
// senders and wamids live in spaces the seed never uses, so its rows can always be told apart
// from the seeded ones (and removed after the run, or after a run that crashed).
import { createHmac } from 'node:crypto';
import { createRandom } from '../seed/prng.mjs';

/** Every wamid the bench sends starts with this (the seed's are `wamid.<hex>`). */
export const BENCH_WAMID_PREFIX = 'wamid.bench-';

/**
 * Match keys of the bench's senders: São Paulo mobiles whose subscriber (without the ninth
 * digit) is below 60,000,000. The seed draws subscribers from 60,000,000–99,999,999, so no
 * seeded lead ever holds one of these numbers.
 */
export const BENCH_SENDER_MATCH_KEY = '^\\+5511[1-5][0-9]{7}$';

/** `count` distinct senders as WhatsApp ids (`55119` + 8 digits), the same for the same seed. */
export function benchSenders(count, seed = 'webhook') {
  const random = createRandom(`bench-senders:${seed}`);
  const senders = new Set();
  while (senders.size < count) senders.add(`55119${random.int(10_000_000, 59_999_999)}`);
  return [...senders];
}

/** The raw JSON body of a `messages` webhook carrying one text message from `sender`. */
export function inboundTextBody({ account, sender, wamid, sentAtSeconds, text }) {
  return JSON.stringify({
    object: 'whatsapp_business_account',
    entry: [
      {
        id: account.wabaId,
        changes: [
          {
            field: 'messages',
            value: {
              messaging_product: 'whatsapp',
              metadata: {
                display_phone_number: account.displayDigits,
                phone_number_id: account.phoneNumberId,
              },
              contacts: [{ profile: { name: `Cliente ${sender.slice(-4)}` }, wa_id: sender }],
              messages: [
                {
                  from: sender,
                  id: wamid,
                  timestamp: String(sentAtSeconds),
                  type: 'text',
                  text: { body: text },
                },
              ],
            },
          },
        ],
      },
    ],
  });
}

/** Meta's signature header value: HMAC-SHA256 of the exact body bytes with the app secret. */
export const signBody = (rawBody, appSecret) =>
  `sha256=${createHmac('sha256', appSecret).update(rawBody).digest('hex')}`;
