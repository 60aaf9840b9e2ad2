// A lead's timeline: first page and page 100 of the hot lead (50,000 messages: does a deep
// page cost more than the first?), and the first page of random leads (typical histories).
import { getJson } from '../lib/api-client.mjs';
import { timelinePage, timelineSql } from '../sql/timeline.mjs';

/** Page 100 at the default sizes; fewer when a small `--hot` has fewer pages. */
const deepPage = (hot) => Math.max(2, Math.min(100, Math.floor(hot / 50) - 1));

export function timelineCases(env) {
  const hot = env.hotLeadId;
  const PAGE = deepPage(env.hotMessages);
  const size = `${env.hotMessages.toLocaleString('en-US')} messages`;
  const page100 = {
    scenario: 'timeline',
    key: 'timeline-hot-100',
    label: `timeline, page ${PAGE} of the hot lead (${size})`,
    path: null,
    // Walk next_cursor PAGE - 1 times, as a user scrolling would, to get that page's cursor.
    async prepareHttp() {
      let cursor = null;
      for (let page = 1; page < PAGE; page += 1) {
        const query = cursor ? `?cursor=${encodeURIComponent(cursor)}` : '';
        const body = await getJson(
          `${env.baseUrl}/api/v1/communications/timeline/${hot}${query}`,
          env.headers,
        );
        cursor = body.next_cursor;
        if (!cursor) throw new Error(`the hot lead has fewer than ${PAGE} timeline pages`);
      }
      this.path = `/api/v1/communications/timeline/${hot}?cursor=${encodeURIComponent(cursor)}`;
    },
    async prepareSql(client) {
      let cursor = null;
      for (let page = 1; page < PAGE; page += 1)
        cursor = await timelinePage(client, env.orgId, hot, cursor);
      this.sqlCursor = cursor;
    },
    sql(client) {
      return timelineSql(client, { ...env, leadIds: [hot], cursor: this.sqlCursor });
    },
  };
  return [
    {
      scenario: 'timeline',
      key: 'timeline-hot-1',
      label: `timeline, first page of the hot lead (${size})`,
      path: `/api/v1/communications/timeline/${hot}`,
      sql: (client) => timelineSql(client, { ...env, leadIds: [hot] }),
    },
    page100,
    {
      scenario: 'timeline',
      key: 'timeline-random',
      label: 'timeline, first page of random leads',
      paths: env.sampleLeadIds.map((id) => `/api/v1/communications/timeline/${id}`),
      sql: (client, i) => timelineSql(client, { ...env, leadIds: env.sampleLeadIds }, i),
    },
  ];
}
