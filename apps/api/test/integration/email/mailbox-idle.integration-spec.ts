import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeSmtpServer, type FakeSmtpServer } from '@loved/testing';
import { MailboxIdleWatcher } from '../../../src/modules/email/sync/mailbox-idle.watcher';
import { adminQuery } from '../../utils/admin-query';
import { asMember, register, type Session } from '../../utils/identity.helpers';
import {
  appendMessage,
  imapTestServer,
  type ImapTestServer,
  type ImapTestUser,
} from '../../utils/imap-test-server';
import { createLead } from '../../utils/lead.helpers';
import { createTestApp, type TestApp } from '../../utils/test-app';

/** Polls until `read` answers something, or fails after `timeoutMs`. */
async function eventually<T>(read: () => Promise<T | undefined>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`nothing after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('the mailbox IDLE watch', () => {
  let t: TestApp;
  let imap: ImapTestServer;
  let smtp: FakeSmtpServer;
  let admin: Session;
  let agency: ImapTestUser;
  let customer: ImapTestUser;

  const watcher = () => t.app.get(MailboxIdleWatcher);

  beforeAll(async () => {
    imap = await imapTestServer();
    agency = await imap.addUser();
    customer = await imap.addUser();
    smtp = await startFakeSmtpServer({ deliver: async () => undefined });
    smtp.addUser(agency.user, agency.password);
    // The poll comes once an hour here: only the IDLE push can bring the e-mail in time. Its
    // own queues, so no other test app's worker takes the sync job.
    t = await createTestApp({
      env: {
        EMAIL_IDLE: 'true',
        EMAIL_SYNC_INTERVAL_MS: '3600000',
        QUEUE_PREFIX: `test-${randomUUID()}`,
      },
    });
    admin = await register(t.app);
    await createLead(t.app, admin, { name: 'Cliente IDLE', email: customer.address });
    const server = (port: number) => ({
      host: imap.host,
      port,
      secure: false,
      username: agency.user,
      password: agency.password,
    });
    const connected = await t.app.inject({
      method: 'POST',
      url: '/api/v1/integrations/email',
      headers: asMember(admin, admin.organizationId),
      payload: {
        email_address: agency.address,
        display_name: 'Agência IDLE',
        imap: server(imap.port),
        smtp: { ...server(smtp.port), host: smtp.host },
      },
    });
    expect(connected.statusCode, connected.body).toBe(201);
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('brings a new e-mail into the timeline seconds after it arrives, without the poll', async () => {
    await watcher().reconcile();
    expect(watcher().watching()).toEqual([admin.organizationId]);
    // Give imapflow its second of quiet to enter IDLE before the message lands.
    await new Promise((resolve) => setTimeout(resolve, 1_500));

    await appendMessage(
      agency.user,
      agency.password,
      [
        `From: Cliente <${customer.address}>`,
        `To: ${agency.address}`,
        'Subject: Chegou agora',
        'Message-ID: <idle-1@cliente.test>',
        `Date: ${new Date().toUTCString()}`,
        'Content-Type: text/plain; charset=utf-8',
        '',
        'Mensagem enviada enquanto o CRM esperava.',
        '',
      ].join('\r\n'),
    );

    const stored = await eventually(async () => {
      const rows = await adminQuery<{ subject: string; direction: string }>(
        `SELECT subject, direction FROM communications
          WHERE organization_id = $1 AND channel = 'email'`,
        [admin.organizationId],
      );
      return rows.length > 0 ? rows : undefined;
    }, 10_000);
    expect(stored).toEqual([{ subject: 'Chegou agora', direction: 'inbound' }]);
  });

  it('keeps one watch per mailbox, and closes it once the mailbox is disconnected', async () => {
    await watcher().reconcile();
    expect(watcher().watching()).toEqual([admin.organizationId]);

    const removed = await t.app.inject({
      method: 'DELETE',
      url: '/api/v1/integrations/email',
      headers: asMember(admin, admin.organizationId),
    });
    expect(removed.statusCode, removed.body).toBe(204);
    await watcher().reconcile();

    expect(watcher().watching()).toEqual([]);
  });
});
