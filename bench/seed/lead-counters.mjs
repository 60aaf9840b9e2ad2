// The counters the app keeps on each lead (see LeadsService.recordContact): how many messages,
// and when/through which channel the last conversation (not an internal note) happened.
// One set-based UPDATE after loading, instead of one per message as the app does live.
export const UPDATE_LEAD_COUNTERS = `
  UPDATE leads l
     SET communications_count = s.total,
         last_contact_at = s.last_at,
         last_contact_channel = s.last_channel
    FROM (
      SELECT organization_id, lead_id, count(*)::int AS total,
             max(sent_at) FILTER (WHERE direction <> 'internal') AS last_at,
             (array_agg(channel ORDER BY sent_at DESC) FILTER (WHERE direction <> 'internal'))[1]
               AS last_channel
        FROM communications
       GROUP BY organization_id, lead_id
    ) s
   WHERE l.organization_id = s.organization_id AND l.id = s.lead_id`;
