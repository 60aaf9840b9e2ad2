import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { LeadStage } from '@loved/shared';
import { adminQuery } from '../../utils/admin-query';
import { asMember, type Session } from '../../utils/identity.helpers';

/**
 * Rows written as the schema owner with historic timestamps, which the API cannot backdate.
 * Times are written with their offset (`2026-03-01T00:00:00-03:00` is midnight in São Paulo).
 */
export type SeedLead = {
  stage: LeadStage;
  createdAt: string;
  owner?: Session | null;
  valueCents?: number | null;
  outcome?: 'won' | 'lost';
  lostReason?: string | null;
  closedAt?: string;
  /** Stages named by `created` then each `stage_changed` event, in order. */
  history?: LeadStage[];
};

let positions = 0;

export async function seedLead(organizationId: string, lead: SeedLead): Promise<string> {
  positions += 1;
  const [row] = await adminQuery<{ id: string }>(
    `INSERT INTO leads (organization_id, name, stage, position, estimated_value_cents, assigned_user_id,
                        outcome, lost_reason, created_at, updated_at, stage_changed_at, closed_at)
     VALUES ($1, 'Lead ' || $2::text, $3, 'p' || lpad($2::text, 6, '0'), $4, $5, $6, $7, $8, $8, $8, $9)
     RETURNING id`,
    [
      organizationId,
      positions,
      lead.stage,
      lead.valueCents ?? null,
      lead.owner?.user.id ?? null,
      lead.outcome ?? null,
      lead.lostReason ?? null,
      lead.createdAt,
      lead.closedAt ?? null,
    ],
  );
  const history = lead.history ?? [lead.stage];
  for (const [i, stage] of history.entries()) {
    await adminQuery(
      `INSERT INTO lead_events (organization_id, lead_id, type, from_value, to_value, created_at)
       VALUES ($1, $2, $3, $4, $5, $6::timestamptz + make_interval(mins => $7))`,
      [
        organizationId,
        row.id,
        i === 0 ? 'created' : 'stage_changed',
        i === 0 ? null : history[i - 1],
        stage,
        lead.createdAt,
        i,
      ],
    );
  }
  return row.id;
}

export async function seedActivity(
  organizationId: string,
  leadId: string,
  activity: { owner: Session | null; dueAt: string; doneAt?: string },
): Promise<void> {
  await adminQuery(
    `INSERT INTO activities (organization_id, lead_id, type, subject, due_at, assigned_user_id, done_at)
     VALUES ($1, $2, 'call', 'Ligar', $3, $4, $5)`,
    [
      organizationId,
      leadId,
      activity.dueAt,
      activity.owner?.user.id ?? null,
      activity.doneAt ?? null,
    ],
  );
}

export async function seedMessage(
  organizationId: string,
  leadId: string,
  message: {
    channel: 'whatsapp' | 'email' | 'voip' | 'note';
    direction: 'inbound' | 'outbound' | 'internal';
    at: string;
    author?: Session;
  },
): Promise<void> {
  await adminQuery(
    `INSERT INTO communications (organization_id, lead_id, channel, direction, content, author_user_id, sent_at)
     VALUES ($1, $2, $3, $4, 'Olá', $5, $6)`,
    [
      organizationId,
      leadId,
      message.channel,
      message.direction,
      message.author?.user.id ?? null,
      message.at,
    ],
  );
}

/** GET /api/v1/analytics/<report>?<query> as `session`; the status and the parsed body. */
export async function getReport<T>(
  app: NestFastifyApplication,
  session: Session,
  report: string,
  query: Record<string, string> = {},
): Promise<{ status: number; body: T }> {
  const search = new URLSearchParams(query).toString();
  const res = await app.inject({
    method: 'GET',
    url: `/api/v1/analytics/${report}${search ? `?${search}` : ''}`,
    headers: asMember(session, session.organizationId),
  });
  return { status: res.statusCode, body: res.json<T>() };
}
