import type { Client } from 'pg';

/** One node of an `EXPLAIN (FORMAT JSON)` plan, with the fields the search specs read. */
export type PlanNode = {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Index Cond'?: string;
  'Recheck Cond'?: string;
  'Function Name'?: string;
  Plans?: PlanNode[];
};

const flatten = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(flatten)];

/** Every node of the plan of `sql`, depth first. */
export async function explainNodes(
  client: Client,
  sql: string,
  params: unknown[] = [],
): Promise<PlanNode[]> {
  const { rows } = await client.query<{ 'QUERY PLAN': Array<{ Plan: PlanNode }> }>(
    `EXPLAIN (FORMAT JSON) ${sql}`,
    params,
  );
  const plan = rows[0]?.['QUERY PLAN'][0]?.Plan;
  if (!plan) throw new Error('EXPLAIN returned no plan');
  return flatten(plan);
}

/** Runs `work` in a transaction with the organisation set as TenantContextService sets it. */
export async function inTenantTransaction<T>(
  client: Client,
  organizationId: string,
  work: () => Promise<T>,
): Promise<T> {
  await client.query('BEGIN');
  try {
    await client.query("SELECT set_config('app.org_id', $1, true)", [organizationId]);
    return await work();
  } finally {
    await client.query('ROLLBACK');
  }
}
