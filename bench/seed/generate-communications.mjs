// Messages of one organisation, yielded row by row for COPY (1,000,000 rows never sit in
// memory). Skewed over leads (a few busy conversations, many quiet ones), the hot lead gets
// exactly its share spread over the whole period, channels are mixed with plausible metadata.
// sent_at grows with the row number over ~2 years, so the table's physical order follows time
// as it does in production (rows are inserted as messages arrive).
import { ANCHOR_MS, DAY_MS } from './generate-identity.mjs';
import { createTextGenerator } from './message-text.mjs';
import { weightedSampler } from './prng.mjs';
import { SEARCH_TERMS } from './word-bank.mjs';

export const COMMUNICATION_COLUMNS = [
  'organization_id',
  'id',
  'lead_id',
  'channel',
  'direction',
  'content',
  'subject',
  'metadata',
  'attachments',
  'external_id',
  'status',
  'author_user_id',
  'sent_at',
  'created_at',
  'updated_at',
];

const CHANNELS = ['whatsapp', 'email', 'voip', 'note'];
const CHANNEL_WEIGHTS = [50, 25, 10, 15];
const OUTBOUND_STATUS = ['sent', 'delivered', 'read', 'read', 'read', 'failed'];

function metadataFor(channel, direction, lead, user, random, serial) {
  if (channel === 'whatsapp') {
    return {
      wa_id: (lead.phone?.matchKey ?? '+5511900000000').slice(1),
      phone_number_id: '105551234567890',
      ...(direction === 'inbound' ? { profile_name: lead.firstName } : {}),
    };
  }
  if (channel === 'email') {
    const agent = user?.email ?? 'atendimento@bench.test';
    return {
      from: direction === 'inbound' ? lead.email : agent,
      to: [direction === 'inbound' ? agent : lead.email],
      thread_id: `t${serial % 997}`,
    };
  }
  if (channel === 'voip') {
    return {
      duration_seconds: random.int(15, 1800),
      provider: 'bench-voip',
      recorded: random.chance(0.3),
    };
  }
  return {};
}

/**
 * How many messages contain each search term as a whole word: what a search has to find and
 * rank. The word bank holds no other word with the same Portuguese stem, so this equals what
 * the full-text match finds, without a 30-second count over the loaded table.
 */
const TERM_PATTERNS = Object.values(SEARCH_TERMS).map((term) => [
  term,
  new RegExp(`(^|[^\\p{L}])${term}([^\\p{L}]|$)`, 'iu'),
]);
function countTerms(counts, text) {
  for (const [term, pattern] of TERM_PATTERNS)
    if (pattern.test(text)) counts[term] = (counts[term] ?? 0) + 1;
}

/**
 * Rows for `size.communications` messages of `org`; the hot lead (if any) gets `size.hot` of
 * them. `orgIndex` keeps external ids unique per organisation and channel.
 */
export function* generateCommunications(random, org, size, leads, searchCounts = null) {
  const text = createTextGenerator(random);
  const channelOf = weightedSampler(CHANNEL_WEIGHTS, random);
  const hotLead = leads.find((lead) => lead.hot);
  const others = leads.filter((lead) => !lead.hot);
  // Log-normal activity per lead: most leads have a handful of messages, a few hundreds.
  const leadOf = weightedSampler(
    others.map(() => random.logNormal(1, 1.3)),
    random,
  );
  const members = org.users;
  const total = size.communications;
  const startMs = ANCHOR_MS - 730 * DAY_MS;
  const stepMs = (730 * DAY_MS) / Math.max(1, total);
  for (let serial = 0; serial < total; serial += 1) {
    // Exactly `hot` of the rows go to the hot lead, evenly interleaved with the others.
    const isHot =
      Math.floor(((serial + 1) * size.hot) / total) > Math.floor((serial * size.hot) / total);
    const lead = isHot ? hotLead : others[leadOf()];
    const channel = CHANNELS[channelOf()];
    const direction = channel === 'note' ? 'internal' : random.chance(0.5) ? 'inbound' : 'outbound';
    const author = direction === 'inbound' ? null : (lead.assignee ?? random.pick(members));
    const sentMs = Math.floor(startMs + (serial + random.next()) * stepMs);
    if (sentMs < lead.firstMessageMs) lead.firstMessageMs = sentMs;
    const sentAt = new Date(sentMs).toISOString();
    const id = random.uuid();
    const externalId =
      channel === 'whatsapp'
        ? `wamid.${id.replace(/-/g, '').slice(0, 24)}${serial.toString(36)}`
        : channel === 'email'
          ? `<${serial.toString(36)}.${id.slice(0, 8)}@mail.bench.test>`
          : null;
    const attachments =
      channel === 'email' && random.chance(0.05)
        ? [
            {
              file_id: null,
              name: 'proposta.pdf',
              content_type: 'application/pdf',
              size_bytes: random.int(10_000, 900_000),
            },
          ]
        : [];
    const content = text.body(channel, lead.firstName);
    const subject = channel === 'email' ? text.subject() : null;
    if (searchCounts) countTerms(searchCounts, subject ? `${subject} ${content}` : content);
    yield [
      org.id,
      id,
      lead.id,
      channel,
      direction,
      content,
      subject,
      JSON.stringify(metadataFor(channel, direction, lead, author, random, serial)),
      JSON.stringify(attachments),
      externalId,
      direction === 'outbound'
        ? random.pick(OUTBOUND_STATUS)
        : direction === 'inbound'
          ? 'delivered'
          : 'sent',
      author?.id ?? null,
      sentAt,
      sentAt,
      sentAt,
    ];
  }
}
