// Puts the organisation back as the seed left it after a webhook run (or a run that crashed):
// the leads made for the bench's senders with their messages and events, any bench message
// elsewhere, the org's webhook inbox, and the bench's WhatsApp integration. One transaction,
// as the owner. Only rows the bench can tell apart are touched: bench senders' match keys and
// `wamid.bench-` ids never occur in the seed.
import { withClient } from './database.mjs';
import { BENCH_SENDER_MATCH_KEY, BENCH_WAMID_PREFIX } from './whatsapp-webhook-body.mjs';

export async function removeWebhookRows(ownerUrl, { orgId, phoneNumberId, wamids = [] }) {
  return withClient(ownerUrl, async (client) => {
    await client.query('BEGIN');
    const messages = await client.query(
      `DELETE FROM communications c USING leads l
        WHERE c.organization_id = $1 AND l.organization_id = $1 AND c.lead_id = l.id
          AND l.phone_match_key ~ $2 AND l.source = 'whatsapp'`,
      [orgId, BENCH_SENDER_MATCH_KEY],
    );
    // Their lead events and files go with them (ON DELETE CASCADE).
    const leads = await client.query(
      `DELETE FROM leads WHERE organization_id = $1 AND phone_match_key ~ $2 AND source = 'whatsapp'`,
      [orgId, BENCH_SENDER_MATCH_KEY],
    );
    // A bench message attached to another lead would be a bug; removed all the same.
    const strays = await client.query(
      `DELETE FROM communications
        WHERE organization_id = $1 AND channel = 'whatsapp' AND external_id = ANY($2::text[])`,
      [orgId, wamids],
    );
    const events = await client.query(
      `DELETE FROM webhook_events
        WHERE organization_id = $1
           OR (organization_id IS NULL AND provider = 'whatsapp' AND event_key LIKE '%:' || $2)`,
      [orgId, phoneNumberId],
    );
    await client.query(
      `DELETE FROM pending_communication_statuses
        WHERE organization_id = $1 AND channel = 'whatsapp' AND external_id LIKE $2 || '%'`,
      [orgId, BENCH_WAMID_PREFIX],
    );
    const integrations = await client.query(
      `DELETE FROM organization_integrations
        WHERE organization_id = $1 AND provider = 'whatsapp' AND account_id = $2`,
      [orgId, phoneNumberId],
    );
    await client.query('COMMIT');
    await client.query('VACUUM (ANALYZE) webhook_events, organization_integrations');
    await client.query('VACUUM communications');
    return {
      leads: leads.rowCount,
      messages: messages.rowCount + strays.rowCount,
      strays: strays.rowCount,
      events: events.rowCount,
      integrations: integrations.rowCount,
    };
  });
}
