import { Injectable } from '@nestjs/common';
import type { MailServerSettings } from '@loved/shared';
import { imapClient, smtpTransport } from './mail-clients';
import type { MailSecret } from './mail-secret';

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
  async imap(server: MailServerSettings, secret: MailSecret): Promise<ProbeResult> {
    const client = imapClient(server, secret, { timeoutMs: PROBE_TIMEOUT_MS });
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

  async smtp(server: MailServerSettings, secret: MailSecret): Promise<ProbeResult> {
    const transport = smtpTransport(server, secret, PROBE_TIMEOUT_MS);
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
