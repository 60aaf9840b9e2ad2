import type { MigrationInterface, QueryRunner } from 'typeorm';

const DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** SQL for the base-62 digit of `n` at `place` (62^place), as a one-character string. */
const digit = (n: string, place: number): string =>
  `substr('${DIGITS}', (((${n}) / ${62 ** place}) % 62)::int + 1, 1)`;

/**
 * The n-th integer key (n from 0) of `utils/lead-position.util.ts`: a head letter giving the
 * digit count ('a' 1, 'b' 2, 'c' 3, 'd' 4), then n in base 62. Up to 14,776,336 per column.
 */
const integerKey = (n: string): string => `CASE
  WHEN ${n} < 62 THEN 'a' || ${digit(n, 0)}
  WHEN ${n} < 3844 THEN 'b' || ${digit(n, 1)} || ${digit(n, 0)}
  WHEN ${n} < 238328 THEN 'c' || ${digit(n, 2)} || ${digit(n, 1)} || ${digit(n, 0)}
  ELSE 'd' || ${digit(n, 3)} || ${digit(n, 2)} || ${digit(n, 1)} || ${digit(n, 0)} END`;

/** The old scheme's shape: any base-62 string not ending in '0', e.g. 'U', 'UXa1', '7V'. */
const legacyKey = (n: string): string =>
  `'U' || ${digit(`(${n} + 1) * 62 + 1`, 4)} || ${digit(`(${n} + 1) * 62 + 1`, 3)} || ${digit(`(${n} + 1) * 62 + 1`, 2)} || ${digit(`(${n} + 1) * 62 + 1`, 1)} || ${digit(`(${n} + 1) * 62 + 1`, 0)}`;

/**
 * Board positions move to keys whose integer part carries its length (see
 * `lead-position.util.ts`), so top and bottom inserts stay short. The old keys (arbitrary base-62
 * strings) are not keys of the new scheme, so every column is renumbered once, in its current
 * order, with short integer keys. A pure reorder: `version` and `updated_at` are left alone.
 *
 * The unique index becomes a DEFERRABLE INITIALLY IMMEDIATE constraint (same name, columns and
 * index): checked at the end of each statement instead of row by row, so one UPDATE can rekey
 * a run of cards even when a new key equals an old key another row of the run still holds (the
 * app's local rekey, and the renumbering below). RLS is relaxed for the owner meanwhile, so the
 * statement sees every organisation's rows.
 */
export class Positions1796400000000 implements MigrationInterface {
  name = 'Positions1796400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "uq_leads_position"`);
    await queryRunner.query(
      `ALTER TABLE "leads" ADD CONSTRAINT "uq_leads_position" UNIQUE ("organization_id", "stage", "position") DEFERRABLE INITIALLY IMMEDIATE`,
    );
    await this.renumber(queryRunner, integerKey);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await this.renumber(queryRunner, legacyKey);
    await queryRunner.query(`ALTER TABLE "leads" DROP CONSTRAINT "uq_leads_position"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_leads_position" ON "leads" ("organization_id", "stage", "position")`,
    );
  }

  private async renumber(queryRunner: QueryRunner, key: (n: string) => string): Promise<void> {
    await queryRunner.query(`ALTER TABLE "leads" NO FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(
      `UPDATE "leads" AS lead SET "position" = ranked.position
         FROM (SELECT organization_id, id, ${key('(row_number() OVER w - 1)')} AS position
                 FROM "leads"
               WINDOW w AS (PARTITION BY organization_id, stage ORDER BY position COLLATE "C", id)) AS ranked
        WHERE lead.organization_id = ranked.organization_id AND lead.id = ranked.id
          AND lead.position IS DISTINCT FROM ranked.position`,
    );
    await queryRunner.query(`ALTER TABLE "leads" FORCE ROW LEVEL SECURITY`);
  }
}
