import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { CreateLeadRequest, LeadResponse } from '@loved/shared';
import { makeLead } from '@loved/testing';
import { asMember, type Session } from './identity.helpers';

/** Creates a lead through the API as `session` in its organisation. */
export async function createLead(
  app: NestFastifyApplication,
  session: Session,
  overrides: Partial<CreateLeadRequest> = {},
): Promise<LeadResponse> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/leads',
    headers: asMember(session, session.organizationId),
    payload: makeLead(overrides),
  });
  if (res.statusCode !== 201) throw new Error(`create lead failed: ${res.statusCode} ${res.body}`);
  return res.json<LeadResponse>();
}
