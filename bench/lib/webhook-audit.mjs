// The final count of a webhook run, read as the owner: of the messages the API accepted (2xx),
// how many reached the timeline (none lost), how many twice (none duplicated), the inbox by
// status, and one lead per new number.
import { withClient } from './database.mjs';
import { BENCH_SENDER_MATCH_KEY } from './whatsapp-webhook-body.mjs';

export async function auditDelivery(ownerUrl, { orgId, wamids, phoneNumberId }) {
  return withClient(ownerUrl, async (client) => {
    const stored = await client.query(
      `SELECT count(*)::int AS n FROM communications
        WHERE organization_id = $1 AND channel = 'whatsapp' AND external_id = ANY($2::text[])`,
      [orgId, wamids],
    );
    const duplicated = await client.query(
      `SELECT external_id, count(*)::int AS n FROM communications
        WHERE organization_id = $1 AND channel = 'whatsapp' AND external_id = ANY($2::text[])
        GROUP BY external_id HAVING count(*) > 1`,
      [orgId, wamids],
    );
    const inbox = await client.query(
      `SELECT status, count(*)::int AS n FROM webhook_events WHERE organization_id = $1
        GROUP BY status ORDER BY status`,
      [orgId],
    );
    // A number nobody owns is stored apart (and still answered 200): it would be lost here.
    const unroutable = await client.query(
      `SELECT count(*)::int AS n FROM webhook_events
        WHERE organization_id IS NULL AND provider = 'whatsapp' AND event_key LIKE '%:' || $1`,
      [phoneNumberId],
    );
    const leads = await client.query(
      `SELECT count(*)::int AS leads, count(DISTINCT phone_match_key)::int AS numbers FROM leads
        WHERE organization_id = $1 AND phone_match_key ~ $2`,
      [orgId, BENCH_SENDER_MATCH_KEY],
    );
    return {
      accepted: wamids.length,
      stored: stored.rows[0].n,
      lost: wamids.length - stored.rows[0].n,
      duplicated: duplicated.rows.length,
      duplicateExamples: duplicated.rows.slice(0, 5),
      inbox: Object.fromEntries(inbox.rows.map((r) => [r.status, r.n])),
      unroutable: unroutable.rows[0].n,
      leads: leads.rows[0].leads,
      leadNumbers: leads.rows[0].numbers,
    };
  });
}
