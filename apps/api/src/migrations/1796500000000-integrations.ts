import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Integrations (the seed's migration 005, with secrets sealed by the application and a key id),
 * the durable inbox of provider webhooks, and statuses waiting for their message. Webhooks
 * arrive before any organisation is known, so three SECURITY DEFINER functions do the only
 * cross-tenant reads: find the integration owning a provider account, tell whether a WhatsApp
 * verify token belongs to any integration, and list inbox events that were never processed.
 */

export class Integrations1796500000000 implements MigrationInterface {
  name = 'Integrations1796500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"pending_communication_statuses\" (\"organization_id\" uuid NOT NULL, \"channel\" character varying(20) NOT NULL, \"external_id\" character varying(255) NOT NULL, \"status\" character varying(20) NOT NULL, \"details\" jsonb NOT NULL DEFAULT '{}', \"occurred_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL, \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"pk_pending_communication_statuses\" PRIMARY KEY (\"organization_id\", \"channel\", \"external_id\", \"status\"))");
    await queryRunner.query("CREATE TABLE \"webhook_events\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"provider\" character varying(20) NOT NULL, \"event_key\" character varying(200) NOT NULL, \"organization_id\" uuid, \"status\" character varying(20) NOT NULL DEFAULT 'pending', \"payload\" jsonb NOT NULL, \"update_count\" integer NOT NULL DEFAULT '0', \"attempts\" integer NOT NULL DEFAULT '0', \"last_error\" text, \"received_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"processed_at\" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT \"ck_webhook_events_status\" CHECK (status IN ('pending', 'processed', 'failed', 'unroutable')), CONSTRAINT \"pk_webhook_events\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"idx_webhook_events_pending\" ON \"webhook_events\"  (\"received_at\") WHERE status = 'pending'");
    await queryRunner.query("CREATE INDEX \"idx_webhook_events_list\" ON \"webhook_events\"  (\"organization_id\", \"provider\", \"status\", \"received_at\", \"id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_webhook_events_key\" ON \"webhook_events\"  (\"provider\", \"event_key\") ");
    await queryRunner.query("CREATE TABLE \"organization_integrations\" (\"organization_id\" uuid NOT NULL, \"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"provider\" character varying(20) NOT NULL, \"status\" character varying(20) NOT NULL DEFAULT 'active', \"account_id\" character varying(64), \"encrypted_credentials\" bytea, \"credentials_key_id\" character varying(32), \"verify_token_hash\" character(64), \"settings\" jsonb NOT NULL DEFAULT '{}', \"last_error\" jsonb, \"connected_by_user_id\" uuid, \"connected_at\" TIMESTAMP(3) WITH TIME ZONE, \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"ck_organization_integrations_status\" CHECK (status IN ('active', 'needs_reauth', 'disconnected')), CONSTRAINT \"ck_organization_integrations_provider\" CHECK (provider IN ('whatsapp', 'twilio', 'email')), CONSTRAINT \"pk_organization_integrations\" PRIMARY KEY (\"organization_id\", \"id\"))");
    await queryRunner.query("CREATE INDEX \"idx_organization_integrations_verify\" ON \"organization_integrations\"  (\"provider\", \"verify_token_hash\") ");
    await queryRunner.query("CREATE INDEX \"idx_organization_integrations_account\" ON \"organization_integrations\"  (\"provider\", \"account_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_organization_integrations_provider\" ON \"organization_integrations\"  (\"organization_id\", \"provider\") ");
    await queryRunner.query("ALTER TABLE \"pending_communication_statuses\" ADD CONSTRAINT \"fk_pending_communication_statuses_organization\" FOREIGN KEY (\"organization_id\") REFERENCES \"organizations\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"webhook_events\" ADD CONSTRAINT \"fk_webhook_events_organization\" FOREIGN KEY (\"organization_id\") REFERENCES \"organizations\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"organization_integrations\" ADD CONSTRAINT \"fk_organization_integrations_organization\" FOREIGN KEY (\"organization_id\") REFERENCES \"organizations\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    for (const table of ['organization_integrations', 'pending_communication_statuses']) {
      await queryRunner.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
      await queryRunner.query(`CREATE POLICY tenant_isolation ON "${table}" USING (organization_id = app_current_org()) WITH CHECK (organization_id = app_current_org())`);
    }
    // The inbox: an organisation writes, reads and updates its own events. An event nobody owns
    // (unroutable) is stored by a definer function below, and the application role never reads it.
    await queryRunner.query(`ALTER TABLE "webhook_events" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE "webhook_events" FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(`CREATE POLICY tenant_read ON "webhook_events" FOR SELECT USING (organization_id = app_current_org())`);
    await queryRunner.query(`CREATE POLICY tenant_update ON "webhook_events" FOR UPDATE USING (organization_id = app_current_org()) WITH CHECK (organization_id = app_current_org())`);
    await queryRunner.query(`CREATE POLICY tenant_insert ON "webhook_events" FOR INSERT WITH CHECK (organization_id = app_current_org())`);

    // FORCE makes the owner obey policies too: the definer functions below may read (only read).
    for (const table of ['organization_integrations', 'webhook_events']) {
      await queryRunner.query(`DO $$ BEGIN EXECUTE format('CREATE POLICY definer_lookup ON "${table}" FOR SELECT TO %I USING (true)', current_user); END $$`);
    }
    await queryRunner.query(`
      CREATE FUNCTION app_integration_for_account(p_provider text, p_account_id text)
      RETURNS TABLE (organization_id uuid, id uuid, status text, encrypted_credentials bytea, credentials_key_id text)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
      AS $$ SELECT i.organization_id, i.id, i.status::text, i.encrypted_credentials, i.credentials_key_id::text
              FROM public.organization_integrations i
             WHERE i.provider = p_provider AND i.account_id = p_account_id AND i.status <> 'disconnected' $$`);
    await queryRunner.query(`
      CREATE FUNCTION app_integration_verify_token_known(p_provider text, p_token_hash text) RETURNS boolean
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
      AS $$ SELECT EXISTS (SELECT 1 FROM public.organization_integrations i
                            WHERE i.provider = p_provider AND i.verify_token_hash = p_token_hash
                              AND i.status <> 'disconnected') $$`);
    // Stores an unroutable event; a repeat of the same delivery is a no-op. Only from outside any
    // organisation, and it tells nothing back.
    await queryRunner.query(`CREATE POLICY definer_insert ON "webhook_events" FOR INSERT TO CURRENT_USER WITH CHECK (organization_id IS NULL)`);
    await queryRunner.query(`
      CREATE FUNCTION app_store_unroutable_webhook_event(p_provider text, p_event_key text, p_payload jsonb, p_update_count integer)
      RETURNS void LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
      AS $$ INSERT INTO public.webhook_events (provider, event_key, organization_id, status, payload, update_count)
            VALUES (p_provider, p_event_key, NULL, 'unroutable', p_payload, p_update_count)
            ON CONFLICT (provider, event_key) DO NOTHING $$`);
    await queryRunner.query(`
      CREATE FUNCTION app_stale_webhook_events(p_older_than interval, p_limit integer)
      RETURNS TABLE (id uuid, organization_id uuid, provider text)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
      AS $$ SELECT e.id, e.organization_id, e.provider::text FROM public.webhook_events e
             WHERE e.status = 'pending' AND e.received_at < now() - p_older_than
             ORDER BY e.received_at LIMIT p_limit $$`);
    for (const fn of ['app_store_unroutable_webhook_event(text, text, jsonb, integer)', 'app_integration_for_account(text, text)', 'app_integration_verify_token_known(text, text)', 'app_stale_webhook_events(interval, integer)']) {
      await queryRunner.query(`REVOKE EXECUTE ON FUNCTION ${fn} FROM PUBLIC`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION IF EXISTS app_stale_webhook_events(interval, integer)`);
    await queryRunner.query(`DROP FUNCTION IF EXISTS app_store_unroutable_webhook_event(text, text, jsonb, integer)`);
    await queryRunner.query(`DROP FUNCTION IF EXISTS app_integration_verify_token_known(text, text)`);
    await queryRunner.query(`DROP FUNCTION IF EXISTS app_integration_for_account(text, text)`);
    await queryRunner.query("ALTER TABLE \"organization_integrations\" DROP CONSTRAINT \"fk_organization_integrations_organization\"");
    await queryRunner.query("ALTER TABLE \"webhook_events\" DROP CONSTRAINT \"fk_webhook_events_organization\"");
    await queryRunner.query("ALTER TABLE \"pending_communication_statuses\" DROP CONSTRAINT \"fk_pending_communication_statuses_organization\"");
    await queryRunner.query("DROP INDEX \"public\".\"uq_organization_integrations_provider\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_organization_integrations_account\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_organization_integrations_verify\"");
    await queryRunner.query("DROP TABLE \"organization_integrations\"");
    await queryRunner.query("DROP INDEX \"public\".\"uq_webhook_events_key\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_webhook_events_list\"");
    await queryRunner.query("DROP INDEX \"public\".\"idx_webhook_events_pending\"");
    await queryRunner.query("DROP TABLE \"webhook_events\"");
    await queryRunner.query("DROP TABLE \"pending_communication_statuses\"");
  }
}
