import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { startFakeHttpServer } from '../fake-http/fake-http-server';
import { jsonReply, type FakeReply } from '../fake-http/fake-reply';
import { readRequestBody } from '../fake-http/fake-request';
import type {
  FakeOAuthServer,
  FakeOAuthServerOptions,
  FakeOAuthTokenRequest,
} from './fake-oauth-server.type';

type AccessToken = { user: string; expiresAt: number };
type RefreshToken = { user: string; clientId: string; clientSecret: string | undefined };

const token = (prefix: string): string => `${prefix}.${randomBytes(18).toString('base64url')}`;

/** RFC 6749 §5.2: what Google and Microsoft answer a refused grant with. */
const oauthError = (httpStatus: number, error: string, description: string): FakeReply =>
  jsonReply({ error, error_description: description }, httpStatus);

/**
 * An OAuth2 authorisation server for tests, on 127.0.0.1: the token endpoint's `refresh_token`
 * grant (RFC 6749 §6, form-encoded, answered like Google's) at `/token`, and RFC 7662 token
 * introspection at `/introspect`, which the test Dovecot asks to check an XOAUTH2 login.
 */
export async function startFakeOAuthServer(
  options: FakeOAuthServerOptions = {},
): Promise<FakeOAuthServer> {
  const accessTokens = new Map<string, AccessToken>();
  const refreshTokens = new Map<string, RefreshToken>();
  const tokenRequests: FakeOAuthTokenRequest[] = [];

  const issueAccessToken = (user: string, expiresInSeconds = 3600): string => {
    const value = token('ya29');
    accessTokens.set(value, { user, expiresAt: Date.now() + expiresInSeconds * 1000 });
    return value;
  };
  const activeUserOf = (value: string): string | null => {
    const found = accessTokens.get(value);
    return found && found.expiresAt > Date.now() ? found.user : null;
  };

  const redeem = (form: FakeOAuthTokenRequest): FakeReply => {
    if (form.grant_type !== 'refresh_token') {
      return oauthError(400, 'unsupported_grant_type', 'Only refresh_token here.');
    }
    const grant = refreshTokens.get(form.refresh_token ?? '');
    if (!grant || grant.clientId !== form.client_id) {
      return oauthError(400, 'invalid_grant', 'Token has been expired or revoked.');
    }
    if (grant.clientSecret !== undefined && grant.clientSecret !== form.client_secret) {
      return oauthError(401, 'invalid_client', 'The OAuth client was not found.');
    }
    return jsonReply({
      access_token: issueAccessToken(grant.user),
      expires_in: 3599,
      scope: 'https://mail.google.com/',
      token_type: 'Bearer',
    });
  };

  const answer = async (request: IncomingMessage): Promise<FakeReply> => {
    const form = Object.fromEntries(
      new URLSearchParams((await readRequestBody(request)).toString('utf8')),
    );
    const path = (request.url ?? '').split('?')[0];
    if (request.method === 'POST' && path === '/token') {
      tokenRequests.push(form);
      return redeem(form);
    }
    if (request.method === 'POST' && path === '/introspect') {
      const user = activeUserOf(form.token ?? '');
      return jsonReply(user ? { active: true, username: user } : { active: false });
    }
    return oauthError(404, 'not_found', `${request.method} ${path}`);
  };

  const server = await startFakeHttpServer({
    port: options.port,
    name: 'OAuth server',
    json: { contentType: 'application/json; charset=utf-8' },
    answer,
  });
  return {
    url: server.url,
    tokenUrl: `${server.url}/token`,
    port: server.port,
    tokenRequests,
    issueAccessToken,
    issueRefreshToken: (user, client) => {
      const value = token('1//refresh');
      refreshTokens.set(value, { user, clientId: client.id, clientSecret: client.secret });
      return value;
    },
    revoke: (value) => {
      accessTokens.delete(value);
      refreshTokens.delete(value);
    },
    isActive: (user, value) => activeUserOf(value) === user,
    close: server.close,
  };
}
