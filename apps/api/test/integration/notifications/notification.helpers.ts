import { randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type {
  ActivityType,
  ListEnvelope,
  NotificationKind,
  NotificationResponse,
} from '@loved/shared';
import { TenantContextService } from '../../../src/core/tenancy/tenant-context.service';
import { NotificationsService } from '../../../src/modules/notifications/notifications.service';
import { adminQuery } from '../../utils/admin-query';
import { asMember, type Session } from '../../utils/identity.helpers';

/** `session`'s notifications in its organisation (first page unless a query says otherwise). */
export async function listNotifications(
  app: NestFastifyApplication,
  session: Session,
  query = '',
): Promise<ListEnvelope<NotificationResponse>> {
  const res = await app.inject({
    method: 'GET',
    url: `/api/v1/notifications${query}`,
    headers: asMember(session, session.organizationId),
  });
  if (res.statusCode !== 200) throw new Error(`list failed: ${res.statusCode} ${res.body}`);
  return res.json<ListEnvelope<NotificationResponse>>();
}

/** Every notification row of a user, of any organisation (as the schema owner). */
export async function notificationRows(
  userId: string,
): Promise<Array<{ kind: NotificationKind; organization_id: string; source_id: string }>> {
  return adminQuery(
    'SELECT kind, organization_id, source_id FROM notifications WHERE user_id = $1 ORDER BY created_at',
    [userId],
  );
}

/** Raises a notification as a module would, in `session`'s organisation, with no signed-in user. */
export async function raise(
  app: NestFastifyApplication,
  organizationId: string,
  input: {
    kind?: NotificationKind;
    userId: string;
    leadId: string;
    sourceId?: string;
    actorUserId?: string | null;
  },
): Promise<NotificationResponse | null> {
  const tenant = app.get(TenantContextService);
  return tenant.run({ organizationId }, () =>
    app.get(NotificationsService).notify({
      kind: input.kind ?? 'mention',
      userId: input.userId,
      sourceId: input.sourceId ?? randomUUID(),
      lead: { id: input.leadId, assignedUserId: null },
      actorUserId: input.actorUserId ?? null,
    }),
  );
}

/** An activity stored directly (the activities API is not what is under test here). */
export async function insertActivity(input: {
  organizationId: string;
  leadId: string;
  assignedUserId: string | null;
  dueInMinutes: number;
  type?: ActivityType;
  subject?: string;
  done?: boolean;
}): Promise<string> {
  const [row] = await adminQuery<{ id: string }>(
    `INSERT INTO activities (organization_id, lead_id, type, subject, due_at, assigned_user_id, done_at)
     VALUES ($1, $2, $3, $4, now() + make_interval(secs => $5), $6, CASE WHEN $7 THEN now() END)
     RETURNING id`,
    [
      input.organizationId,
      input.leadId,
      input.type ?? 'call',
      input.subject ?? 'Ligar para o cliente',
      input.dueInMinutes * 60,
      input.assignedUserId,
      input.done ?? false,
    ],
  );
  return row.id;
}
