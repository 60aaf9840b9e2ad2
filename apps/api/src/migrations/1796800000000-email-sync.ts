import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The mail poller's one cross-tenant read: which organisations have an active integration of a
 * provider (their ids only), through a SECURITY DEFINER function like the webhook lookups.
 */
export class EmailSync1796800000000 implements MigrationInterface {
  name = 'EmailSync1796800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION app_active_integration_orgs(p_provider text)
      RETURNS TABLE (organization_id uuid)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
      AS $$ SELECT i.organization_id FROM public.organization_integrations i
             WHERE i.provider = p_provider AND i.status = 'active' $$`);
    await queryRunner.query(`REVOKE EXECUTE ON FUNCTION app_active_integration_orgs(text) FROM PUBLIC`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION IF EXISTS app_active_integration_orgs(text)`);
  }
}
