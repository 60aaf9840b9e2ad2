// The HTTP stack alone and the tenant overhead: `health` (no auth, no database) and
// `tenant-read` (JWT, X-Org-Id membership check, one RLS transaction, a primary-key read).
import { tenantReadSql } from '../sql/tenant-read.mjs';

export const healthCases = () => [
  {
    scenario: 'health',
    key: 'health',
    label: '`GET /health`',
    path: '/api/v1/health',
    auth: false,
  },
];

export const tenantReadCases = (env) => [
  {
    scenario: 'tenant-read',
    key: 'tenant-read',
    label: '`GET /organizations/current`',
    path: '/api/v1/organizations/current',
    sql: (client) => tenantReadSql(client, env),
  },
];
