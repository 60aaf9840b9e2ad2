// GET /organizations/current: the membership check is cached by the API (60 s), so a request
// runs one primary-key read of the organisation inside its RLS transaction. The API opens that
// transaction and sets app.org_id/app.user_id in one round trip (START TRANSACTION; SELECT
// set_config(…), set_config(…)) and commits in another: three round trips per request, where the
// ceiling runner (lib/pg-driver.mjs) still spends four (BEGIN and the settings apart).
export async function tenantReadSql(client, ctx) {
  await client.query(
    `SELECT "o"."id", "o"."name", "o"."plan", "o"."created_at", "o"."updated_at"
       FROM "organizations" "o" WHERE (("o"."id" = $1)) LIMIT 1`,
    [ctx.orgId],
  );
}
