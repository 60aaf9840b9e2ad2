// Full-text search over the organisation's messages: a common word (a large share of the
// messages match: ranking cost), a rare word (a few hundred matches) and a word that never
// occurs (pure lookup cost).
import { SEARCH_TERMS } from '../seed/word-bank.mjs';
import { searchSql } from '../sql/search.mjs';

const matches = (n) =>
  n === undefined ? 'matches unknown' : `${n.toLocaleString('en-US')} message${n === 1 ? '' : 's'}`;

export const searchCases = (env) =>
  Object.entries(SEARCH_TERMS).map(([kind, q]) => ({
    scenario: 'search',
    key: `search-${kind}`,
    label: `\`GET /communications/search?q=${q}\` (${kind === 'none' ? 'no match' : `${kind}, ${matches(env.searchMatches?.[q])}`})`,
    path: `/api/v1/communications/search?q=${encodeURIComponent(q)}`,
    sql: (client) => searchSql(client, { ...env, q }),
  }));
