// The column lists TypeORM selects for whole entities, so the ceilings read rows as wide as
// the API does (captured from the API's statements with log_min_duration_statement=0).
const select = (alias, columns) => columns.map((c) => `"${alias}"."${c}"`).join(', ');

export const LEAD_COLUMNS = [
  'organization_id',
  'id',
  'name',
  'email',
  'phone',
  'phone_match_key',
  'stage',
  'position',
  'source',
  'estimated_value_cents',
  'tags',
  'assigned_user_id',
  'priority',
  'outcome',
  'lost_reason',
  'last_contact_at',
  'last_contact_channel',
  'communications_count',
  'has_ai_summary',
  'created_by_user_id',
  'version',
  'created_at',
  'updated_at',
];
export const COMMUNICATION_COLUMNS = [
  'organization_id',
  'id',
  'lead_id',
  'channel',
  'direction',
  'content',
  'subject',
  'metadata',
  'attachments',
  'external_id',
  'status',
  'author_user_id',
  'sent_at',
  'created_at',
  'updated_at',
];
// password_hash is not selectable by the application role (read only through app_login_lookup).
const USER_COLUMNS = ['id', 'email', 'name', 'avatar_url', 'created_at', 'updated_at'];

export const LEAD_SELECT = select('lead', LEAD_COLUMNS);
export const COMMUNICATION_SELECT = select('c', COMMUNICATION_COLUMNS);

/** UsersService.findByIds: the assignees/actors shown beside leads and timeline items. */
export async function usersByIds(client, ids) {
  const unique = [...new Set(ids.filter(Boolean))];
  if (!unique.length) return [];
  const params = unique.map((_, i) => `$${i + 1}`).join(', ');
  return (
    await client.query(
      `SELECT ${select('u', USER_COLUMNS)} FROM "users" "u" WHERE "u"."id" IN (${params})`,
      unique,
    )
  ).rows;
}

/** LeadAccessService.requireVisible (admin: no agent filter), optionally FOR UPDATE. */
export async function requireLead(client, orgId, leadId, forUpdate = false) {
  const { rows } = await client.query(
    `SELECT ${LEAD_SELECT} FROM "leads" "lead" WHERE "lead"."organization_id" = $1 AND "lead"."id" = $2${forUpdate ? ' FOR UPDATE' : ''}`,
    [orgId, leadId],
  );
  // Never measure an empty answer by mistake (a wrong id or tenant would be very fast).
  if (!rows[0]) throw new Error(`lead ${leadId} is not visible in organisation ${orgId}`);
  return rows[0];
}
