import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Frozen copy of the entity's SEARCH_VECTOR_EXPRESSION; the schema-drift spec compares them. */
const SEARCH_VECTOR = `to_tsvector('portuguese', coalesce(subject, '') || ' ' || content) || to_tsvector('pt_unaccent', coalesce(subject, '') || ' ' || content)`;

const LEAD_DOCUMENT = `immutable_unaccent(lower(name || ' ' || coalesce(email::text, '') || ' ' || coalesce(phone, '')))`;

/**
 * The newest `$3` messages of organisation `$1` (which must be the current one) matching `$2`
 * that the caller may see (`$4`: an agent, who sees only leads assigned to `$5` or to no one).
 * The one statement of `app_search_communications`, kept apart so a test can EXPLAIN it
 * verbatim. The organisation is an argument so the planner sees its value (a large agency and
 * a small one want different plans); `app_current_org()` alone is opaque to it.
 */
const SEARCH_COMMUNICATIONS_SQL = `SELECT c.id
    FROM public.communications c
   WHERE c.organization_id = $1 AND $1 = public.app_current_org()
     AND c.search_vector @@ (websearch_to_tsquery('portuguese', $2) || websearch_to_tsquery('pt_unaccent', $2))
     AND (NOT $4 OR EXISTS (
           SELECT 1 FROM public.leads l
            WHERE l.organization_id = $1 AND l.id = c.lead_id
              AND (l.assigned_user_id = $5 OR l.assigned_user_id IS NULL)))
   ORDER BY c.sent_at DESC, c.id DESC
   LIMIT $3`;

/**
 * The leads of organisation `$1` (which must be the current one) whose name, e-mail or phone
 * contains `$2` (LIKE wildcards escaped, accents and case ignored): the statement of
 * `app_search_lead_ids`.
 */
const SEARCH_LEAD_IDS_SQL = `SELECT l.id
    FROM public.leads l
   WHERE l.organization_id = $1 AND $1 = public.app_current_org()
     AND immutable_unaccent(lower(l.name || ' ' || coalesce(l.email::text, '') || ' ' || coalesce(l.phone, '')))
         LIKE '%' || immutable_unaccent(lower(replace(replace(replace($2, '\\', '\\\\'), '%', '\\%'), '_', '\\_'))) || '%'`;

const DEFINER_FUNCTIONS = [
  'app_search_communications(uuid, text, integer, boolean, uuid)',
  'app_search_lead_ids(uuid, text)',
];

/**
 * Search that answers at scale (issue 11). Under Row-Level Security `@@` and `LIKE` are not
 * leakproof, so PostgreSQL evaluates them after the policy, row by row, and never as index
 * conditions: every search read all of the organisation's messages and leads. Here:
 * - `communications.search_vector` stores the document (ranking no longer recomputes it);
 * - both GIN indexes lead with `organization_id` (btree_gin), so the organisation and the match
 *   are resolved inside one index;
 * - two SECURITY DEFINER functions run the match where the planner may use those indexes. They
 *   take the organisation as an argument, answer nothing unless it is the current one
 *   (`app_current_org()`, the policy's own condition), filter by it, apply the agent
 *   visibility rule for messages, and return ids only: callers load the rows through the
 *   ordinary RLS'd path. The search path is fixed and EXECUTE is
 *   revoked from PUBLIC (`ensureAppRole` grants it to the application role).
 */
export class SearchAtScale1796200000000 implements MigrationInterface {
  name = 'SearchAtScale1796200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS btree_gin');

    // Dropped first: adding a stored column rewrites the table and would rebuild it for nothing.
    await queryRunner.query(`DROP INDEX "idx_communications_search"`);
    await queryRunner.query(
      `ALTER TABLE "communications" ADD "search_vector" tsvector GENERATED ALWAYS AS (${SEARCH_VECTOR}) STORED`,
    );
    // TypeORM reads a generated column's expression from its metadata table, not the catalog.
    await queryRunner.query(
      `CREATE TABLE IF NOT EXISTS "typeorm_metadata" ("type" character varying NOT NULL, "database" character varying, "schema" character varying, "table" character varying, "name" character varying, "value" text)`,
    );
    await queryRunner.query(
      `INSERT INTO "typeorm_metadata" ("database", "schema", "table", "type", "name", "value") VALUES (current_database(), 'public', 'communications', 'GENERATED_COLUMN', 'search_vector', $1)`,
      [SEARCH_VECTOR],
    );
    await queryRunner.query(
      `CREATE INDEX "idx_communications_search" ON "communications" USING gin ("organization_id", "search_vector")`,
    );
    // The newest messages of an organisation first: how a common word's newest matches are
    // found without reading all of them.
    await queryRunner.query(
      `CREATE INDEX "idx_communications_sent" ON "communications" ("organization_id", "sent_at", "id")`,
    );

    await queryRunner.query(`DROP INDEX "idx_leads_search"`);
    await queryRunner.query(
      `CREATE INDEX "idx_leads_search" ON "leads" USING gin ("organization_id", (${LEAD_DOCUMENT}) gin_trgm_ops)`,
    );

    // FORCE makes a non-superuser owner obey the tenant policy too, which would put the match
    // back behind it; inside the definer functions the owner reads (only reads) freely, and
    // the functions apply the tenant condition themselves.
    for (const table of ['communications', 'leads']) {
      await queryRunner.query(
        `DO $$ BEGIN EXECUTE format('CREATE POLICY definer_search ON "${table}" FOR SELECT TO %I USING (true)', current_user); END $$`,
      );
    }

    // PL/pgSQL with custom plans, not SQL: a SQL function's statement is planned once without
    // its arguments, so the planner cannot tell a word in every sixth message (walk
    // idx_communications_sent newest first, stop after $3 matches) from a rare one (GIN bitmap,
    // then sort the few matches), nor a large organisation from a small one. Planned with the
    // values, it picks right for each.
    await queryRunner.query(`
      CREATE FUNCTION app_search_communications(p_organization_id uuid, p_query text, p_limit integer, p_is_agent boolean, p_agent_user_id uuid)
      RETURNS SETOF uuid
      LANGUAGE plpgsql STABLE SECURITY DEFINER
      SET search_path = public, pg_temp SET plan_cache_mode = force_custom_plan
      ROWS 1000
      AS $$ BEGIN RETURN QUERY ${SEARCH_COMMUNICATIONS_SQL}; END $$`);
    await queryRunner.query(`
      CREATE FUNCTION app_search_lead_ids(p_organization_id uuid, p_text text)
      RETURNS SETOF uuid
      LANGUAGE plpgsql STABLE SECURITY DEFINER
      SET search_path = public, pg_temp SET plan_cache_mode = force_custom_plan
      ROWS 100
      AS $$ BEGIN RETURN QUERY ${SEARCH_LEAD_IDS_SQL}; END $$`);
    for (const fn of DEFINER_FUNCTIONS)
      await queryRunner.query(`REVOKE EXECUTE ON FUNCTION ${fn} FROM PUBLIC`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const fn of DEFINER_FUNCTIONS) await queryRunner.query(`DROP FUNCTION ${fn}`);
    for (const table of ['communications', 'leads']) {
      await queryRunner.query(`DROP POLICY definer_search ON "${table}"`);
    }
    await queryRunner.query(`DROP INDEX "idx_leads_search"`);
    await queryRunner.query(
      `CREATE INDEX "idx_leads_search" ON "leads" USING gin ((${LEAD_DOCUMENT}) gin_trgm_ops)`,
    );
    await queryRunner.query(`DROP INDEX "idx_communications_sent"`);
    await queryRunner.query(`DROP INDEX "idx_communications_search"`);
    await queryRunner.query(
      `DELETE FROM "typeorm_metadata" WHERE "type" = 'GENERATED_COLUMN' AND "table" = 'communications' AND "name" = 'search_vector'`,
    );
    await queryRunner.query(`ALTER TABLE "communications" DROP COLUMN "search_vector"`);
    await queryRunner.query(
      `CREATE INDEX "idx_communications_search" ON "communications" USING gin ((${SEARCH_VECTOR}))`,
    );
    await queryRunner.query('DROP EXTENSION IF EXISTS btree_gin');
  }
}
