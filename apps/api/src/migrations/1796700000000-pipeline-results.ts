import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Reasons offered when a deal is lost, in every organisation's first list. */
const DEFAULT_LOST_REASONS = [
  'Preço',
  'Escolheu um concorrente',
  'Sem orçamento',
  'Sem resposta',
  'Momento errado',
  'Outro',
];

/** `(label, position), …` of the defaults, prefixed by `organization` when given. */
const defaultReasonsValues = (organization?: string): string =>
  DEFAULT_LOST_REASONS.map(
    (label, index) => `(${organization ? `${organization}, ` : ''}'${label}', ${index})`,
  ).join(', ');

/**
 * Won and lost on the board: the day a lead entered its stage (days in stage; backfilled from
 * its last stage change), each organisation's editable list of lost reasons (new organisations
 * get the defaults from a trigger), and each user's saved filters of the board and list. Both
 * tables are tenant tables with Row-Level Security forced. The backfills read across
 * organisations, so they run while the tables' RLS is not forced (a non-superuser owner).
 */
export class PipelineResults1796700000000 implements MigrationInterface {
  name = 'PipelineResults1796700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"lost_reasons\" (\"organization_id\" uuid NOT NULL, \"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"label\" citext NOT NULL, \"position\" integer NOT NULL DEFAULT '0', \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"pk_lost_reasons\" PRIMARY KEY (\"organization_id\", \"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_lost_reasons_label\" ON \"lost_reasons\"  (\"organization_id\", \"label\") ");
    await queryRunner.query("CREATE TABLE \"saved_filters\" (\"organization_id\" uuid NOT NULL, \"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"user_id\" uuid NOT NULL, \"name\" citext NOT NULL, \"filters\" jsonb NOT NULL, \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"pk_saved_filters\" PRIMARY KEY (\"organization_id\", \"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_saved_filters_name\" ON \"saved_filters\"  (\"organization_id\", \"user_id\", \"name\") ");
    await queryRunner.query("ALTER TABLE \"leads\" ADD \"stage_changed_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now()");
    await queryRunner.query("ALTER TABLE \"lost_reasons\" ADD CONSTRAINT \"fk_lost_reasons_organization\" FOREIGN KEY (\"organization_id\") REFERENCES \"organizations\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"saved_filters\" ADD CONSTRAINT \"fk_saved_filters_organization\" FOREIGN KEY (\"organization_id\") REFERENCES \"organizations\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"saved_filters\" ADD CONSTRAINT \"fk_saved_filters_user\" FOREIGN KEY (\"user_id\") REFERENCES \"users\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");

    for (const table of ['leads', 'lead_events', 'organizations']) {
      await queryRunner.query(`ALTER TABLE "${table}" NO FORCE ROW LEVEL SECURITY`);
    }
    await queryRunner.query(`
      UPDATE "leads" l SET stage_changed_at = coalesce(
        (SELECT max(e.created_at) FROM "lead_events" e
          WHERE e.organization_id = l.organization_id AND e.lead_id = l.id AND e.type = 'stage_changed'),
        l.created_at)`);
    await queryRunner.query(
      `INSERT INTO "lost_reasons" (organization_id, label, position)
       SELECT o.id, d.label, d.position FROM "organizations" o
       CROSS JOIN (VALUES ${defaultReasonsValues()}) AS d(label, position)`,
    );
    for (const table of ['leads', 'lead_events', 'organizations']) {
      await queryRunner.query(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
    }
    // Runs as the creator of the organisation, whose session is already set to it.
    await queryRunner.query(`
      CREATE FUNCTION app_seed_lost_reasons() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO public.lost_reasons (organization_id, label, position)
        VALUES ${defaultReasonsValues('NEW.id')};
        RETURN NEW;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER trg_organizations_lost_reasons AFTER INSERT ON "organizations" FOR EACH ROW EXECUTE FUNCTION app_seed_lost_reasons()`);

    for (const table of ['lost_reasons', 'saved_filters']) {
      await queryRunner.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
      await queryRunner.query(`CREATE POLICY tenant_isolation ON "${table}" USING (organization_id = app_current_org()) WITH CHECK (organization_id = app_current_org())`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER IF EXISTS trg_organizations_lost_reasons ON "organizations"`);
    await queryRunner.query(`DROP FUNCTION IF EXISTS app_seed_lost_reasons()`);
    await queryRunner.query("ALTER TABLE \"saved_filters\" DROP CONSTRAINT \"fk_saved_filters_user\"");
    await queryRunner.query("ALTER TABLE \"saved_filters\" DROP CONSTRAINT \"fk_saved_filters_organization\"");
    await queryRunner.query("ALTER TABLE \"lost_reasons\" DROP CONSTRAINT \"fk_lost_reasons_organization\"");
    await queryRunner.query("ALTER TABLE \"leads\" DROP COLUMN \"stage_changed_at\"");
    await queryRunner.query("DROP INDEX \"public\".\"uq_saved_filters_name\"");
    await queryRunner.query("DROP TABLE \"saved_filters\"");
    await queryRunner.query("DROP INDEX \"public\".\"uq_lost_reasons_label\"");
    await queryRunner.query("DROP TABLE \"lost_reasons\"");
  }
}
