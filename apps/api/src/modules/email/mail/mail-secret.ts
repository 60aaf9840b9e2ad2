import type { MailServerSettings } from '@loved/shared';

/** What a mail client logs in with: the server's password, or an OAuth2 access token. */
export type MailSecret = { password: string } | { accessToken: string };

/** imapflow's `auth`: PLAIN/LOGIN with a password, OAUTHBEARER/XOAUTH2 with a token. */
export function imapAuth(
  server: MailServerSettings,
  secret: MailSecret,
): { user: string; pass: string } | { user: string; accessToken: string } {
  return 'accessToken' in secret
    ? { user: server.username, accessToken: secret.accessToken }
    : { user: server.username, pass: secret.password };
}

/** nodemailer's `auth`: a password, or XOAUTH2 with a token it does not refresh itself. */
export function smtpAuth(
  server: MailServerSettings,
  secret: MailSecret,
): { user: string; pass: string } | { type: 'OAuth2'; user: string; accessToken: string } {
  return 'accessToken' in secret
    ? { type: 'OAuth2', user: server.username, accessToken: secret.accessToken }
    : { user: server.username, pass: secret.password };
}
