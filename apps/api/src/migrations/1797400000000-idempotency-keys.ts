import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `Idempotency-Key` on tenant POSTs: the first successful answer to a key, per organisation and
 * acting user, kept 24 h (older rows are ignored and overwritten by the next use of the key).
 * Written in the request's own transaction, under the usual tenant isolation policy.
 */
export class IdempotencyKeys1797400000000 implements MigrationInterface {
  name = 'IdempotencyKeys1797400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"idempotency_keys\" (\"organization_id\" uuid NOT NULL, \"user_id\" uuid NOT NULL, \"key\" character varying(255) NOT NULL, \"request_hash\" character(64) NOT NULL, \"response_status\" smallint NOT NULL, \"response_body\" jsonb, \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"pk_idempotency_keys\" PRIMARY KEY (\"organization_id\", \"user_id\", \"key\"))");
    await queryRunner.query(`ALTER TABLE "idempotency_keys" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE "idempotency_keys" FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(`CREATE POLICY tenant_isolation ON "idempotency_keys" USING (organization_id = app_current_org()) WITH CHECK (organization_id = app_current_org())`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP POLICY IF EXISTS tenant_isolation ON "idempotency_keys"`);
    await queryRunner.query("DROP TABLE \"idempotency_keys\"");
  }
}
