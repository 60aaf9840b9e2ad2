import { Client } from 'pg';
import { inject } from 'vitest';

/** A query as the schema owner (no RLS): for arranging states the API cannot reach, like expiry. */
export async function adminQuery<T = Record<string, unknown>>(
  sql: string,
  params: unknown[] = [],
): Promise<T[]> {
  const client = new Client({ connectionString: inject('adminDatabaseUrl') });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}
