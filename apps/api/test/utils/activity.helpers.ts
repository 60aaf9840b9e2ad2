import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { ActivityResponse, CreateActivityRequest } from '@loved/shared';
import { asMember, type Session } from './identity.helpers';

/** Schedules an activity on `leadId` through the API as `session` (a call in an hour by default). */
export async function createActivity(
  app: NestFastifyApplication,
  session: Session,
  leadId: string,
  overrides: Partial<CreateActivityRequest> = {},
): Promise<ActivityResponse> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/activities',
    headers: asMember(session, session.organizationId),
    payload: {
      lead_id: leadId,
      type: 'call',
      subject: 'Ligar para o cliente',
      due_at: new Date(Date.now() + 3_600_000).toISOString(),
      ...overrides,
    },
  });
  if (res.statusCode !== 201) {
    throw new Error(`create activity failed: ${res.statusCode} ${res.body}`);
  }
  return res.json<ActivityResponse>();
}
