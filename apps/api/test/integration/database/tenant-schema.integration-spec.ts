import { describe, expect, it } from 'vitest';
import { adminQuery } from '../../utils/admin-query';

/**
 * Reads the catalog: every tenant table (one with organization_id, plus organizations itself)
 * has RLS enabled and forced, and organization_id leads every primary key, unique index and
 * foreign key between tenant tables — so the schema distributes on Citus unchanged.
 */
/**
 * Tables that hold rows before (or without) an organisation: the webhook inbox stores an event
 * before its organisation is known, and keeps unroutable ones with none. In Citus they would be
 * local to the coordinator, not distributed.
 */
const GLOBAL_TABLES = ['webhook_events'];

describe('tenant schema rules', () => {
  const allTablesWithOrganization = async (): Promise<string[]> =>
    (
      await adminQuery<{ table_name: string }>(
        `SELECT table_name FROM information_schema.columns
          WHERE table_schema = 'public' AND column_name = 'organization_id'`,
      )
    ).map((r) => r.table_name);
  const tenantTables = async (): Promise<string[]> =>
    (await allTablesWithOrganization()).filter((t) => !GLOBAL_TABLES.includes(t));

  it('protects the global tables that name an organisation with Row-Level Security too', async () => {
    expect(await allTablesWithOrganization()).toEqual(expect.arrayContaining(GLOBAL_TABLES));
    const rows = await adminQuery<{ relname: string }>(
      `SELECT relname FROM pg_class
        WHERE relname = ANY($1) AND relrowsecurity AND relforcerowsecurity`,
      [GLOBAL_TABLES],
    );
    expect(rows.map((r) => r.relname).sort()).toEqual([...GLOBAL_TABLES].sort());
  });

  it('finds the tenant tables', async () => {
    expect(await tenantTables()).toEqual(expect.arrayContaining(['memberships', 'invitations']));
  });

  it('has Row-Level Security enabled and forced on every tenant table', async () => {
    const tables = [...(await tenantTables()), 'organizations'];
    const rows = await adminQuery<{
      relname: string;
      relrowsecurity: boolean;
      relforcerowsecurity: boolean;
    }>(
      `SELECT relname, relrowsecurity, relforcerowsecurity FROM pg_class
        WHERE relnamespace = 'public'::regnamespace AND relname = ANY($1)`,
      [tables],
    );
    const unprotected = rows
      .filter((r) => !r.relrowsecurity || !r.relforcerowsecurity)
      .map((r) => r.relname);
    expect(unprotected).toEqual([]);
    expect(rows).toHaveLength(tables.length);
  });

  it('starts every primary key and unique index of a tenant table with organization_id', async () => {
    const rows = await adminQuery<{ index: string; first_column: string }>(
      `SELECT i.indexrelid::regclass::text AS index, a.attname AS first_column
         FROM pg_index i
         JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[0]
        WHERE (i.indisunique OR i.indisprimary) AND i.indrelid::regclass::text = ANY($1)`,
      [await tenantTables()],
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.filter((r) => r.first_column !== 'organization_id')).toEqual([]);
  });

  it('includes organization_id in every foreign key between tenant tables', async () => {
    const tables = await tenantTables();
    const rows = await adminQuery<{ name: string; columns: string[] }>(
      `SELECT c.conname AS name,
              array(SELECT attname FROM pg_attribute WHERE attrelid = c.conrelid AND attnum = ANY(c.conkey)) AS columns
         FROM pg_constraint c
        WHERE c.contype = 'f' AND c.conrelid::regclass::text = ANY($1) AND c.confrelid::regclass::text = ANY($1)`,
      [tables],
    );
    expect(rows.filter((r) => !r.columns.includes('organization_id'))).toEqual([]);
  });
});
