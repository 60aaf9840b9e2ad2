export type FakeOAuthServerOptions = {
  /** A free port unless given; the test Dovecot introspects at OAUTH_TEST_PORT (3144). */
  port?: number;
};

/** One call to the token endpoint, as the client sent it. */
export type FakeOAuthTokenRequest = Record<string, string>;

export type FakeOAuthServer = {
  /** `http://127.0.0.1:<port>`. */
  url: string;
  /** The token endpoint (`refresh_token` grant), as Google's and Microsoft's answer it. */
  tokenUrl: string;
  port: number;
  /** Every call to the token endpoint, oldest first. */
  tokenRequests: FakeOAuthTokenRequest[];
  /** A new access token for `user`, valid for `expiresInSeconds` (default one hour). */
  issueAccessToken: (user: string, expiresInSeconds?: number) => string;
  /** A refresh token for `user` that the OAuth client `clientId` (and secret) may redeem. */
  issueRefreshToken: (user: string, client: { id: string; secret?: string }) => string;
  /** Revokes an access or refresh token: introspection says inactive, redemption fails. */
  revoke: (token: string) => void;
  /** Whether `token` is an active access token of `user` (for a fake SMTP's XOAUTH2). */
  isActive: (user: string, token: string) => boolean;
  close: () => Promise<void>;
};
