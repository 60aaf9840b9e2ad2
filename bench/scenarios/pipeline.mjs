// The board: counts and totals per stage and the first 50 cards of each of the five columns.
import { pipelineSql } from '../sql/pipeline.mjs';

export const pipelineCases = (env) => [
  {
    scenario: 'pipeline',
    key: 'pipeline',
    label: '`GET /pipeline`',
    path: '/api/v1/pipeline',
    sql: (client) => pipelineSql(client, env),
  },
];
