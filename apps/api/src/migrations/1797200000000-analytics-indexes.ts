import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Access paths of the analytics reports (issue 17), chosen from their plans on 20,000 leads,
 * ~50,000 activities and ~200,000 messages (bench/README.md, `analytics`):
 *
 * - `idx_communications_conversation`: first response looks, for every customer message of the
 *   period, at the message before it and at our first reply after it on the same lead and
 *   channel. Keyed by (lead, channel, time) and carrying direction and author, each look is one
 *   index-only probe instead of a walk over the lead's whole timeline with a heap visit per
 *   message (6.9 s → well under a second for a 366-day period). Notes never take part, so they
 *   stay out of the index.
 * - `idx_activities_open_due`: open activities by due time, for "overdue" counts (and the
 *   agenda's overdue list), instead of a sequential scan of every activity.
 */
export class AnalyticsIndexes1797200000000 implements MigrationInterface {
  name = 'AnalyticsIndexes1797200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "idx_communications_conversation" ON "communications" ("organization_id", "lead_id", "channel", "sent_at", "id") INCLUDE ("direction", "author_user_id") WHERE channel <> 'note'`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_activities_open_due" ON "activities" ("organization_id", "due_at") INCLUDE ("assigned_user_id") WHERE done_at IS NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "idx_activities_open_due"`);
    await queryRunner.query(`DROP INDEX "idx_communications_conversation"`);
  }
}
