import { describe, expect, it } from 'vitest';
import { adminQuery } from '../../utils/admin-query';

/**
 * Moves and counters update `leads` all day and messages pour into `communications`: their
 * vacuum runs long before the default 20 %, and no index covers a column a reorder or a counter
 * update changes besides the position index, so those updates can stay on their page (HOT).
 */
describe('autovacuum and HOT settings', () => {
  const options = async (table: string): Promise<Record<string, string>> => {
    const [row] = await adminQuery<{ reloptions: string[] | null }>(
      'SELECT reloptions FROM pg_class WHERE oid = $1::regclass',
      [table],
    );
    return Object.fromEntries((row?.reloptions ?? []).map((o) => o.split('=') as [string, string]));
  };

  it('vacuums and analyses leads early and leaves room on its pages', async () => {
    expect(await options('leads')).toEqual({
      fillfactor: '85',
      autovacuum_vacuum_scale_factor: '0.02',
      autovacuum_analyze_scale_factor: '0.02',
      autovacuum_vacuum_insert_scale_factor: '0.05',
    });
  });

  it('vacuums communications after inserts too, keeping the visibility map current', async () => {
    expect(await options('communications')).toEqual({
      autovacuum_vacuum_scale_factor: '0.05',
      autovacuum_analyze_scale_factor: '0.02',
      autovacuum_vacuum_insert_scale_factor: '0.02',
    });
  });

  it('indexes no column of leads that a reorder or a counter update changes, but position', async () => {
    const rows = await adminQuery<{ name: string; columns: string[] }>(
      `SELECT i.indexrelid::regclass::text AS name,
              array_agg(a.attname::text) FILTER (WHERE a.attname IS NOT NULL) AS columns
         FROM pg_index i
         LEFT JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
        WHERE i.indrelid = 'leads'::regclass
        GROUP BY 1`,
    );
    const churning = ['version', 'updated_at', 'communications_count', 'last_contact_at'];
    for (const index of rows) {
      expect(
        index.columns.filter((c) => churning.includes(c)),
        index.name,
      ).toEqual([]);
    }
    const position = rows.filter((r) => r.columns.includes('position')).map((r) => r.name);
    expect(position).toEqual(['uq_leads_position']);
  });
});
