import { ImapFlow } from 'imapflow';
import nodemailer, { type Transporter } from 'nodemailer';
import type { MailServerSettings } from '@loved/shared';
import { imapAuth, smtpAuth, type MailSecret } from './mail-secret';

/** Timeouts of an IMAP client; a long-lived connection waiting in IDLE sets `idle`. */
export type ImapClientTimeouts = {
  timeoutMs: number;
  idle?: {
    /** Longest silence on the socket. */
    socketTimeoutMs: number;
    /** How often IDLE is ended and started again (the poll interval without IDLE). */
    maxIdleTimeMs: number;
    /** How long the connection is left without a command before IDLE starts. */
    autoIdleDelayMs: number;
  };
};

/**
 * An IMAP client for a mailbox's server, not yet connected. Its `error` events are for the
 * caller to log; connect() and each command also reject with them.
 */
export function imapClient(
  server: MailServerSettings,
  secret: MailSecret,
  timeouts: ImapClientTimeouts,
): ImapFlow {
  return new ImapFlow({
    host: server.host,
    port: server.port,
    secure: server.secure,
    auth: imapAuth(server, secret),
    logger: false,
    connectionTimeout: timeouts.timeoutMs,
    greetingTimeout: timeouts.timeoutMs,
    socketTimeout: timeouts.idle?.socketTimeoutMs ?? timeouts.timeoutMs,
    ...(timeouts.idle
      ? { maxIdleTime: timeouts.idle.maxIdleTimeMs, autoIdleDelay: timeouts.idle.autoIdleDelayMs }
      : {}),
  });
}

/** An SMTP transport for a mailbox's server (STARTTLS when offered and not `secure`). */
export function smtpTransport(
  server: MailServerSettings,
  secret: MailSecret,
  timeoutMs: number,
): Transporter {
  return nodemailer.createTransport({
    host: server.host,
    port: server.port,
    secure: server.secure,
    auth: smtpAuth(server, secret),
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs,
  });
}
