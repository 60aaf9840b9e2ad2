import { randomUUID } from 'node:crypto';
import type { APIRequestContext } from '@playwright/test';
import type {
  ActivityResponse,
  AuthResponse,
  CreateActivityRequest,
  CreateLeadRequest,
  InvitationResponse,
  LeadResponse,
  Role,
} from '@loved/shared';

export type Account = {
  name: string;
  email: string;
  password: string;
  organizationName: string;
};

/** A fresh account and organisation for one test, so tests never share rows. */
export function newAccount(label: string): Account {
  const id = randomUUID().slice(0, 8);
  return {
    name: `${label} ${id}`,
    email: `${label.toLowerCase().replace(/\W+/g, '.')}.${id}@agencia.test`,
    password: `senha-${id}-segura`,
    organizationName: `Agência ${label} ${id}`,
  };
}

async function json<T>(response: Awaited<ReturnType<APIRequestContext['get']>>): Promise<T> {
  if (!response.ok()) {
    throw new Error(`${response.url()} answered ${response.status()}: ${await response.text()}`);
  }
  return (await response.json()) as T;
}

export async function registerViaApi(
  request: APIRequestContext,
  account: Account,
  invitationToken?: string,
): Promise<AuthResponse> {
  const response = await request.post('/api/v1/auth/register', {
    data: {
      name: account.name,
      email: account.email,
      password: account.password,
      ...(invitationToken
        ? { invitation_token: invitationToken }
        : { organization_name: account.organizationName }),
    },
  });
  return json<AuthResponse>(response);
}

function tenantHeaders(auth: AuthResponse): Record<string, string> {
  const organizationId = auth.memberships[0]?.organization_id;
  if (!organizationId) throw new Error('the account has no organisation');
  return { authorization: `Bearer ${auth.access_token}`, 'x-org-id': organizationId };
}

export async function createLeadViaApi(
  request: APIRequestContext,
  auth: AuthResponse,
  lead: CreateLeadRequest,
): Promise<LeadResponse> {
  const response = await request.post('/api/v1/leads', {
    data: lead,
    headers: tenantHeaders(auth),
  });
  return json<LeadResponse>(response);
}

export async function createActivityViaApi(
  request: APIRequestContext,
  auth: AuthResponse,
  activity: CreateActivityRequest,
): Promise<ActivityResponse> {
  const response = await request.post('/api/v1/activities', {
    data: activity,
    headers: tenantHeaders(auth),
  });
  return json<ActivityResponse>(response);
}

export async function inviteViaApi(
  request: APIRequestContext,
  auth: AuthResponse,
  email: string,
  role: Role,
): Promise<InvitationResponse> {
  const response = await request.post('/api/v1/invitations', {
    data: { email, role },
    headers: tenantHeaders(auth),
  });
  return json<InvitationResponse>(response);
}

/**
 * Whether the API serves a route yet: the live and timeline routes are being built alongside
 * this suite, and the tests that need them wait for them. Unknown routes answer 404 NOT_FOUND.
 */
export async function hasRoute(
  request: APIRequestContext,
  auth: AuthResponse,
  method: 'get' | 'post',
  path: string,
): Promise<boolean> {
  const response = await request[method](`/api/v1${path}`, {
    headers: tenantHeaders(auth),
    ...(method === 'post' ? { data: {} } : {}),
  });
  if (response.status() !== 404) return true;
  const body = (await response.json().catch(() => ({}))) as { code?: string };
  return body.code !== 'NOT_FOUND';
}
