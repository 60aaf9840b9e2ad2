import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { AuthResponse, RegisterRequest } from '@loved/shared';
import { makeOrganizationName, makeRegistration } from '@loved/testing';

export type Session = AuthResponse & { password: string; organizationId: string };

/** Registers a user (with a new organisation unless told otherwise) through the API. */
export async function register(
  app: NestFastifyApplication,
  overrides: Partial<RegisterRequest> = {},
): Promise<Session> {
  const registration = makeRegistration({
    organization_name: makeOrganizationName(),
    ...overrides,
  });
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/register',
    payload: registration,
  });
  if (res.statusCode !== 201) throw new Error(`register failed: ${res.statusCode} ${res.body}`);
  const body = res.json<AuthResponse>();
  return {
    ...body,
    password: registration.password,
    organizationId: body.memberships[0]?.organization_id ?? '',
  };
}

export async function login(
  app: NestFastifyApplication,
  email: string,
  password: string,
): Promise<AuthResponse> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { email, password },
  });
  if (res.statusCode !== 200) throw new Error(`login failed: ${res.statusCode} ${res.body}`);
  return res.json<AuthResponse>();
}

export const asMember = (
  session: { access_token: string },
  organizationId: string,
): Record<string, string> => ({
  authorization: `Bearer ${session.access_token}`,
  'x-org-id': organizationId,
});

/** Adds a user with `role` to the session's organisation (invitation accepted at sign-up). */
export async function addMember(
  app: NestFastifyApplication,
  admin: Session,
  role: 'admin' | 'manager' | 'agent',
): Promise<Session> {
  const email = makeRegistration().email;
  const invite = await app.inject({
    method: 'POST',
    url: '/api/v1/invitations',
    headers: asMember(admin, admin.organizationId),
    payload: { email, role },
  });
  if (invite.statusCode !== 201)
    throw new Error(`invite failed: ${invite.statusCode} ${invite.body}`);
  const member = await register(app, {
    email,
    organization_name: undefined,
    invitation_token: invite.json<{ token: string }>().token,
  });
  return { ...member, organizationId: admin.organizationId };
}
