import { Injectable } from '@nestjs/common';
import { ImapFlow } from 'imapflow';
import nodemailer from 'nodemailer';
import type { MailServerSettings } from '@loved/shared';

/** Longest a login test may take, per server. */
const PROBE_TIMEOUT_MS = 10_000;

/** Why a login failed, in words an admin can act on (never the password). */
export type ProbeResult = { ok: true } | { ok: false; reason: string };

const reasonOf = (error: unknown): string => {
  const detail = error as { responseText?: string; response?: string; code?: string };
  return (
    detail.responseText ??
    detail.response ??
    detail.code ??
    (error instanceof Error ? error.message : String(error))
  );
};

/** Logs in to a mailbox's IMAP and SMTP servers and out again: proof before saving. */
@Injectable()
export class MailLoginProbe {
  async imap(server: MailServerSettings): Promise<ProbeResult> {
    const client = new ImapFlow({
      host: server.host,
      port: server.port,
      secure: server.secure,
      auth: { user: server.username, pass: server.password },
      logger: false,
      connectionTimeout: PROBE_TIMEOUT_MS,
      greetingTimeout: PROBE_TIMEOUT_MS,
      socketTimeout: PROBE_TIMEOUT_MS,
    });
    client.on('error', () => undefined);
    try {
      await client.connect();
      await client.logout();
      return { ok: true };
    } catch (error) {
      client.close();
      return { ok: false, reason: reasonOf(error) };
    }
  }

  async smtp(server: MailServerSettings): Promise<ProbeResult> {
    const transport = nodemailer.createTransport({
      host: server.host,
      port: server.port,
      secure: server.secure,
      auth: { user: server.username, pass: server.password },
      connectionTimeout: PROBE_TIMEOUT_MS,
      greetingTimeout: PROBE_TIMEOUT_MS,
      socketTimeout: PROBE_TIMEOUT_MS,
    });
    try {
      await transport.verify();
      return { ok: true };
    } catch (error) {
      return { ok: false, reason: reasonOf(error) };
    } finally {
      transport.close();
    }
  }
}
