import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for the timeline's and the board's access paths, and vacuum settings for the two
 * tables that churn.
 *
 * - `idx_lead_events_timeline` serves the timeline's keyset (newest first, ties by id) so its
 *   system branch reads only one page; it replaces `idx_lead_events_lead`, whose columns it
 *   starts with (the lead's cascade delete and `listForLead` still use it).
 * - `idx_leads_board` answers the board's per-stage counts and totals with an index-only scan of
 *   one organisation instead of a sequential scan of every tenant's leads. It leaves `position`,
 *   `version` and `updated_at` out: an index on a column an update changes makes that update
 *   non-HOT, and reorders touch exactly those.
 * - `leads` is small and updated all day (moves, per-message counters): vacuum it after 2 % of
 *   its rows changed instead of 20 %, and leave 15 % of each page free so counter updates stay
 *   HOT (same page, no index writes). The free space applies to pages written from now on.
 * - `communications` mostly grows: an insert-triggered vacuum every 2 % keeps the visibility map
 *   current, which the timeline's index-only scans need, and statistics follow the hot leads.
 */
export class TimelineBoardAutovacuum1796300000000 implements MigrationInterface {
  name = 'TimelineBoardAutovacuum1796300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "idx_lead_events_timeline" ON "lead_events" ("organization_id", "lead_id", "created_at" DESC, "id" DESC)`,
    );
    await queryRunner.query(`DROP INDEX "idx_lead_events_lead"`);
    await queryRunner.query(
      `CREATE INDEX "idx_leads_board" ON "leads" ("organization_id", "stage") INCLUDE ("estimated_value_cents", "outcome")`,
    );
    await queryRunner.query(
      `ALTER TABLE "leads" SET (fillfactor = 85, autovacuum_vacuum_scale_factor = 0.02, autovacuum_analyze_scale_factor = 0.02, autovacuum_vacuum_insert_scale_factor = 0.05)`,
    );
    await queryRunner.query(
      `ALTER TABLE "communications" SET (autovacuum_vacuum_scale_factor = 0.05, autovacuum_analyze_scale_factor = 0.02, autovacuum_vacuum_insert_scale_factor = 0.02)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "communications" RESET (autovacuum_vacuum_scale_factor, autovacuum_analyze_scale_factor, autovacuum_vacuum_insert_scale_factor)`,
    );
    await queryRunner.query(
      `ALTER TABLE "leads" RESET (fillfactor, autovacuum_vacuum_scale_factor, autovacuum_analyze_scale_factor, autovacuum_vacuum_insert_scale_factor)`,
    );
    await queryRunner.query(`DROP INDEX "idx_leads_board"`);
    await queryRunner.query(
      `CREATE INDEX "idx_lead_events_lead" ON "lead_events" ("organization_id", "lead_id", "created_at")`,
    );
    await queryRunner.query(`DROP INDEX "idx_lead_events_timeline"`);
  }
}
