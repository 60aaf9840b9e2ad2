import { ImapFlow } from 'imapflow';
import nodemailer, { type Transporter } from 'nodemailer';
import type { MailServerSettings } from '@loved/shared';

/**
 * An IMAP client for a mailbox's server, not yet connected. Its `error` events are for the
 * caller to log; connect() and each command also reject with them.
 */
export function imapClient(server: MailServerSettings, timeoutMs: number): ImapFlow {
  const client = new ImapFlow({
    host: server.host,
    port: server.port,
    secure: server.secure,
    auth: { user: server.username, pass: server.password },
    logger: false,
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs,
  });
  return client;
}

/** An SMTP transport for a mailbox's server (STARTTLS when offered and not `secure`). */
export function smtpTransport(server: MailServerSettings, timeoutMs: number): Transporter {
  return nodemailer.createTransport({
    host: server.host,
    port: server.port,
    secure: server.secure,
    auth: { user: server.username, pass: server.password },
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs,
  });
}
