import { FieldAppException } from '../../core/http/app.exception';

export const EmailErrorCode = {
  ImapLoginFailed: 'EMAIL_IMAP_LOGIN_FAILED',
  SmtpLoginFailed: 'EMAIL_SMTP_LOGIN_FAILED',
  NotConnected: 'EMAIL_NOT_CONNECTED',
  LeadHasNoEmail: 'LEAD_HAS_NO_EMAIL',
  BodyRequired: 'EMAIL_BODY_REQUIRED',
  SendFailed: 'EMAIL_SEND_FAILED',
  ReplyNotFound: 'EMAIL_REPLY_NOT_FOUND',
  PasswordRequired: 'EMAIL_PASSWORD_REQUIRED',
  OAuthRefreshRefused: 'EMAIL_OAUTH_REFRESH_REFUSED',
  OAuthUnreachable: 'EMAIL_OAUTH_UNREACHABLE',
} as const;
export type EmailErrorCode = (typeof EmailErrorCode)[keyof typeof EmailErrorCode];

const STATUS: Record<EmailErrorCode, number> = {
  EMAIL_IMAP_LOGIN_FAILED: 422,
  EMAIL_SMTP_LOGIN_FAILED: 422,
  EMAIL_NOT_CONNECTED: 409,
  LEAD_HAS_NO_EMAIL: 422,
  EMAIL_BODY_REQUIRED: 400,
  EMAIL_SEND_FAILED: 502,
  EMAIL_REPLY_NOT_FOUND: 404,
  EMAIL_PASSWORD_REQUIRED: 400,
  EMAIL_OAUTH_REFRESH_REFUSED: 422,
  EMAIL_OAUTH_UNREACHABLE: 502,
};

/** Errors of the e-mail channel; messages are English, the SPA translates by code. */
export class EmailException extends FieldAppException<EmailErrorCode> {
  get status(): number {
    return STATUS[this.code];
  }

  static imapLoginFailed(detail: string): EmailException {
    return new EmailException(
      EmailErrorCode.ImapLoginFailed,
      `The IMAP server refused the connection or the login: ${detail}`,
      'imap',
    );
  }

  static smtpLoginFailed(detail: string): EmailException {
    return new EmailException(
      EmailErrorCode.SmtpLoginFailed,
      `The SMTP server refused the connection or the login: ${detail}`,
      'smtp',
    );
  }

  static notConnected(): EmailException {
    return new EmailException(
      EmailErrorCode.NotConnected,
      'No mailbox is connected for this organisation (or it needs to be reconnected).',
    );
  }

  static leadHasNoEmail(): EmailException {
    return new EmailException(
      EmailErrorCode.LeadHasNoEmail,
      'The lead has no e-mail address to write to.',
      'lead_id',
    );
  }

  static bodyRequired(): EmailException {
    return new EmailException(
      EmailErrorCode.BodyRequired,
      'Give body_html or body_text.',
      'body_text',
    );
  }

  static sendFailed(detail: string): EmailException {
    return new EmailException(
      EmailErrorCode.SendFailed,
      `The SMTP server did not accept the message; nothing was sent: ${detail}`,
    );
  }

  static replyNotFound(): EmailException {
    return new EmailException(
      EmailErrorCode.ReplyNotFound,
      'in_reply_to must be an e-mail of this lead.',
      'in_reply_to',
    );
  }

  static passwordRequired(server: 'imap' | 'smtp'): EmailException {
    return new EmailException(
      EmailErrorCode.PasswordRequired,
      `${server}.password is required with password auth (or use auth "oauth2").`,
      `${server}.password`,
    );
  }

  static oauthRefreshRefused(detail: string): EmailException {
    return new EmailException(
      EmailErrorCode.OAuthRefreshRefused,
      `The OAuth2 provider refused to renew the mailbox's access token; reconnect it: ${detail}`,
      'oauth2',
    );
  }

  static oauthUnreachable(detail: string): EmailException {
    return new EmailException(
      EmailErrorCode.OAuthUnreachable,
      `The OAuth2 provider's token endpoint did not answer: ${detail}`,
      'oauth2',
    );
  }
}
