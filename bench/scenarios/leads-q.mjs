// The lead list filtered by a name fragment: `oliv` matches Oliveira, Olívia, Olivetti… (accents
// and case ignored), a few percent of the leads.
import { leadsQSql } from '../sql/leads-list.mjs';

export const LEADS_Q = 'oliv';

export const leadsQCases = (env) => [
  {
    scenario: 'leads-q',
    key: 'leads-q',
    label: `\`GET /leads?q=${LEADS_Q}\``,
    path: `/api/v1/leads?q=${LEADS_Q}`,
    sql: (client) => leadsQSql(client, { ...env, q: LEADS_Q }),
  },
];
