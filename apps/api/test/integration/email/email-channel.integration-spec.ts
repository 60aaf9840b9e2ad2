import { simpleParser } from 'mailparser';
import nodemailer from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CommunicationResponse, EmailMetadata, LeadResponse } from '@loved/shared';
import { startFakeSmtpServer, type FakeSmtpServer } from '@loved/testing';
import { CommunicationsService } from '../../../src/modules/communications/communications.service';
import { EmailDropboxServer } from '../../../src/modules/email/dropbox/email-dropbox.server';
import { MailboxSyncService } from '../../../src/modules/email/sync/mailbox-sync.service';
import { adminQuery } from '../../utils/admin-query';
import { asMember, register, type Session } from '../../utils/identity.helpers';
import {
  appendMessage,
  imapTestServer,
  listMessages,
  type ImapTestServer,
  type ImapTestUser,
} from '../../utils/imap-test-server';
import { createLead } from '../../utils/lead.helpers';
import { createTestApp, type TestApp } from '../../utils/test-app';

type StoredEmail = {
  id: string;
  lead_id: string;
  direction: string;
  subject: string | null;
  content: string;
  external_id: string;
  metadata: EmailMetadata;
  attachments: Array<{ file_id: string | null; name: string }>;
};

const emailsOf = (organizationId: string): Promise<StoredEmail[]> =>
  adminQuery<StoredEmail>(
    `SELECT id, lead_id, direction, subject, content, external_id, metadata, attachments
       FROM communications WHERE organization_id = $1 AND channel = 'email' ORDER BY sent_at, id`,
    [organizationId],
  );

/** An RFC 822 message as a mail client would write it. */
function rfc822(fields: {
  from: string;
  to: string;
  subject: string;
  messageId: string;
  body?: string;
  html?: string;
  inReplyTo?: string;
}): string {
  const headers = [
    `From: Cliente <${fields.from}>`,
    `To: ${fields.to}`,
    `Subject: ${fields.subject}`,
    `Message-ID: ${fields.messageId}`,
    `Date: ${new Date().toUTCString()}`,
    'MIME-Version: 1.0',
    ...(fields.inReplyTo
      ? [`In-Reply-To: ${fields.inReplyTo}`, `References: ${fields.inReplyTo}`]
      : []),
  ];
  const html = fields.html;
  if (!html) {
    return [
      ...headers,
      'Content-Type: text/plain; charset=utf-8',
      '',
      fields.body ?? 'Olá',
      '',
    ].join('\r\n');
  }
  return [...headers, 'Content-Type: text/html; charset=utf-8', '', html, ''].join('\r\n');
}

describe('the e-mail channel', () => {
  let t: TestApp;
  let imap: ImapTestServer;
  let smtp: FakeSmtpServer;
  let admin: Session;
  let agency: ImapTestUser;
  let customer: ImapTestUser;
  let lead: LeadResponse;
  const mailboxes = new Map<string, ImapTestUser>();

  const connect = (session: Session, overrides: Record<string, unknown> = {}) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/integrations/email',
      headers: asMember(session, session.organizationId),
      payload: {
        email_address: agency.address,
        display_name: 'Agência Azul',
        imap: {
          host: imap.host,
          port: imap.port,
          secure: false,
          username: agency.user,
          password: agency.password,
        },
        smtp: {
          host: smtp.host,
          port: smtp.port,
          secure: false,
          username: agency.user,
          password: agency.password,
        },
        ...overrides,
      },
    });
  const send = (session: Session, payload: Record<string, unknown>) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/communications/email/send',
      headers: asMember(session, session.organizationId),
      payload,
    });
  const sync = () => t.app.get(MailboxSyncService).sync(admin.organizationId);

  beforeAll(async () => {
    imap = await imapTestServer();
    agency = await imap.addUser();
    customer = await imap.addUser();
    for (const user of [agency, customer]) mailboxes.set(user.address, user);
    smtp = await startFakeSmtpServer({
      // The fake MTA delivers into each recipient's mailbox on the test IMAP server.
      deliver: async (envelope, raw) => {
        for (const to of envelope.to) {
          const box = mailboxes.get(to);
          if (box) await appendMessage(box.user, box.password, raw);
        }
      },
    });
    smtp.addUser(agency.user, agency.password);
    t = await createTestApp({ env: { EMAIL_DROPBOX_DOMAIN: 'inbox.test' } });
    admin = await register(t.app);
    lead = await createLead(t.app, admin, { name: 'Cliente Mail', email: customer.address });
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('refuses a mailbox whose IMAP or SMTP login fails, saying which', async () => {
    const badImap = await connect(admin, {
      imap: {
        host: imap.host,
        port: imap.port,
        secure: false,
        username: agency.user,
        password: 'wrong',
      },
    });
    expect(badImap.statusCode).toBe(422);
    expect(badImap.json()).toMatchObject({ code: 'EMAIL_IMAP_LOGIN_FAILED' });
    const badSmtp = await connect(admin, {
      smtp: {
        host: smtp.host,
        port: smtp.port,
        secure: false,
        username: agency.user,
        password: 'wrong',
      },
    });
    expect(badSmtp.statusCode).toBe(422);
    expect(badSmtp.json()).toMatchObject({ code: 'EMAIL_SMTP_LOGIN_FAILED' });
  });

  it('connects after testing both logins, and never returns the passwords', async () => {
    const res = await connect(admin);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      status: 'active',
      email_address: agency.address,
      imap_host: imap.host,
      smtp_port: smtp.port,
    });
    expect(res.body).not.toContain(agency.password);
  });

  it("sends to the lead's address from the mailbox; the message reaches their mailbox", async () => {
    const res = await send(admin, {
      lead_id: lead.id,
      subject: 'Proposta do site',
      body_html: '<p>Segue a <b>proposta</b>.</p>',
    });
    expect(res.statusCode, res.body).toBe(201);
    const sent = res.json<CommunicationResponse>();
    expect(sent).toMatchObject({
      channel: 'email',
      direction: 'outbound',
      subject: 'Proposta do site',
    });
    expect(sent.content).toBe('Segue a proposta.');
    const received = await listMessages(customer.user, customer.password);
    const match = received.find((m) => m.envelope.messageId === sent.external_id);
    expect(match?.envelope.subject).toBe('Proposta do site');
    expect(match?.envelope.from?.[0]?.address).toBe(agency.address);
  });

  it('syncs the reply once, on the right lead, in the same thread; a second sync adds nothing', async () => {
    const [sent] = (await emailsOf(admin.organizationId)).filter((e) => e.direction === 'outbound');
    const replyId = `<reply-${Date.now()}@example.test>`;
    await appendMessage(
      agency.user,
      agency.password,
      rfc822({
        from: customer.address,
        to: agency.address,
        subject: 'Re: Proposta do site',
        messageId: replyId,
        body: 'Gostei, vamos fechar!',
        inReplyTo: sent?.external_id,
      }),
    );
    expect(await sync()).toBe(1);
    expect(await sync()).toBe(0);
    const replies = (await emailsOf(admin.organizationId)).filter((e) => e.external_id === replyId);
    expect(replies).toHaveLength(1);
    expect(replies[0]).toMatchObject({
      lead_id: lead.id,
      direction: 'inbound',
      content: 'Gostei, vamos fechar!',
    });
    expect(replies[0]?.metadata.thread_id).toBe(sent?.external_id);
  });

  it('threads a reply sent from the CRM with In-Reply-To and References', async () => {
    const [inbound] = (await emailsOf(admin.organizationId)).filter(
      (e) => e.direction === 'inbound',
    );
    const res = await send(admin, {
      lead_id: lead.id,
      subject: 'Re: Proposta do site',
      body_text: 'Ótimo! Envio o contrato.',
      in_reply_to: inbound?.id,
    });
    expect(res.statusCode, res.body).toBe(201);
    const delivered = await simpleParser(smtp.messages.at(-1)?.raw ?? Buffer.alloc(0));
    expect(delivered.inReplyTo).toBe(inbound?.external_id);
    expect(delivered.references).toEqual([inbound?.metadata.thread_id, inbound?.external_id]);
    expect(res.json<CommunicationResponse>().metadata.thread_id).toBe(inbound?.metadata.thread_id);
  });

  it('loses and duplicates nothing when a sync stops half-way and starts again', async () => {
    const ids = [1, 2, 3].map((n) => `<batch-${n}-${Date.now()}@example.test>`);
    for (const messageId of ids) {
      await appendMessage(
        agency.user,
        agency.password,
        rfc822({
          from: customer.address,
          to: agency.address,
          subject: 'Lote',
          messageId,
          body: messageId,
        }),
      );
    }
    const communications = t.app.get(CommunicationsService);
    const record = communications.record.bind(communications);
    let calls = 0;
    const crash = vi.spyOn(communications, 'record').mockImplementation(async (...args) => {
      calls += 1;
      if (calls === 2) throw new Error('worker killed mid-sync');
      return record(...args);
    });
    await expect(sync()).rejects.toThrow('worker killed mid-sync');
    crash.mockRestore();
    await sync();
    // Forgetting where the sync stood (a mailbox renumbered) re-reads all, and adds nothing.
    await adminQuery(
      `UPDATE organization_integrations SET settings = settings || '{"imap_last_uid": "0"}'
        WHERE organization_id = $1 AND provider = 'email'`,
      [admin.organizationId],
    );
    await sync();
    const stored = (await emailsOf(admin.organizationId)).filter((e) =>
      ids.includes(e.external_id),
    );
    expect(stored.map((e) => e.external_id).sort()).toEqual([...ids].sort());
  });

  it('neutralises malicious HTML and blocks remote images', async () => {
    const messageId = `<html-${Date.now()}@example.test>`;
    await appendMessage(
      agency.user,
      agency.password,
      rfc822({
        from: customer.address,
        to: agency.address,
        subject: 'Veja',
        messageId,
        html: '<p onclick="x()">Oi</p><script>alert(1)</script><img src="https://t.example/p.gif"><a href="javascript:alert(2)">a</a>',
      }),
    );
    await sync();
    const [stored] = (await emailsOf(admin.organizationId)).filter(
      (e) => e.external_id === messageId,
    );
    const html = stored?.metadata.html ?? '';
    expect(html).toContain('<p>Oi</p>');
    expect(html).toContain('data-blocked-src="https://t.example/p.gif"');
    expect(html).not.toMatch(/script|onclick|javascript:|\ssrc=/i);
    expect(stored?.metadata.has_remote_images).toBe(true);
  });

  it('skips mail from unknown senders unless the mailbox creates leads for them', async () => {
    const stranger = await imap.addUser();
    const messageId = `<stranger-${Date.now()}@example.test>`;
    await appendMessage(
      agency.user,
      agency.password,
      rfc822({ from: stranger.address, to: agency.address, subject: 'Orçamento', messageId }),
    );
    await sync();
    expect((await emailsOf(admin.organizationId)).some((e) => e.external_id === messageId)).toBe(
      false,
    );
  });

  it("refuses another organisation's lead and a reply to another lead's e-mail", async () => {
    const other = await register(t.app);
    expect((await send(other, { lead_id: lead.id, subject: 'x', body_text: 'y' })).statusCode).toBe(
      404,
    );
    const second = await createLead(t.app, admin, { email: 'outro@example.test' });
    const [inbound] = (await emailsOf(admin.organizationId)).filter(
      (e) => e.direction === 'inbound',
    );
    const crossed = await send(admin, {
      lead_id: second.id,
      subject: 'x',
      body_text: 'y',
      in_reply_to: inbound?.id,
    });
    expect(crossed.statusCode).toBe(404);
    expect(crossed.json()).toMatchObject({ code: 'EMAIL_REPLY_NOT_FOUND' });
    expect((await send(admin, { lead_id: lead.id, subject: 'x' })).statusCode).toBe(400);
  });

  describe('the drop-box address', () => {
    let port: number;
    let address: string;
    const deliver = (fields: { from: string; to: string; bcc?: string; subject: string }) =>
      nodemailer
        .createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true })
        .sendMail({ ...fields, text: `${fields.subject} (texto)` });

    beforeAll(async () => {
      port = await t.app.get(EmailDropboxServer).listen(0, '127.0.0.1');
      const res = await t.app.inject({
        method: 'GET',
        url: '/api/v1/integrations/email/dropbox',
        headers: asMember(admin, admin.organizationId),
      });
      address = res.json<{ address: string }>().address;
    });

    it('is one stable address per organisation', async () => {
      expect(address).toMatch(/^[a-z0-9]{26}@inbox\.test$/);
      const again = await t.app.inject({
        method: 'GET',
        url: '/api/v1/integrations/email/dropbox',
        headers: asMember(admin, admin.organizationId),
      });
      expect(again.json()).toEqual({ address });
      const other = await register(t.app);
      const theirs = await t.app.inject({
        method: 'GET',
        url: '/api/v1/integrations/email/dropbox',
        headers: asMember(other, other.organizationId),
      });
      expect(theirs.json<{ address: string }>().address).not.toBe(address);
    });

    it("puts a BCC'd e-mail and a forwarded one on the lead they are with", async () => {
      await deliver({
        from: 'vendedor@agencia.test',
        to: customer.address,
        bcc: address,
        subject: 'Contrato em anexo',
      });
      await deliver({ from: customer.address, to: address, subject: 'Dúvida sobre o contrato' });
      await vi.waitFor(
        async () => {
          const subjects = (await emailsOf(admin.organizationId)).map((e) => [
            e.subject,
            e.direction,
          ]);
          expect(subjects).toEqual(
            expect.arrayContaining([
              ['Contrato em anexo', 'outbound'],
              ['Dúvida sobre o contrato', 'inbound'],
            ]),
          );
        },
        { timeout: 10_000, interval: 100 },
      );
      const placed = (await emailsOf(admin.organizationId)).filter((e) =>
        ['Contrato em anexo', 'Dúvida sobre o contrato'].includes(e.subject ?? ''),
      );
      expect(placed.every((e) => e.lead_id === lead.id)).toBe(true);
    });

    it('refuses mail for any other address', async () => {
      await expect(
        deliver({ from: customer.address, to: `nobody@inbox.test`, subject: 'x' }),
      ).rejects.toThrow(/550|No such mailbox|rejected/i);
    });
  });
});
