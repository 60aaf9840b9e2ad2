// GET /organizations/current: the membership check is cached by the API (60 s), so a request
// runs one primary-key read of the organisation inside its RLS transaction.
export async function tenantReadSql(client, ctx) {
  await client.query(
    `SELECT "o"."id", "o"."name", "o"."plan", "o"."created_at", "o"."updated_at"
       FROM "organizations" "o" WHERE (("o"."id" = $1)) LIMIT 1`,
    [ctx.orgId],
  );
}
