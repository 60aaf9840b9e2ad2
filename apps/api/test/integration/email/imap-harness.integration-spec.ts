import { randomBytes } from 'node:crypto';
import { simpleParser } from 'mailparser';
import nodemailer from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeSmtpServer, type FakeSmtpServer } from '@loved/testing';
import {
  appendMessage,
  imapTestServer,
  listMessages,
  withImapClient,
  type ImapTestServer,
  type ImapTestUser,
} from '../../utils/imap-test-server';

/**
 * The e-mail channel's test harness itself: a real Dovecot (IMAP) and the fake MTA, wired so
 * that what is sent through SMTP lands in the recipient's IMAP inbox.
 */
describe('IMAP test harness (Dovecot + fake SMTP)', () => {
  let imap: ImapTestServer;
  let smtp: FakeSmtpServer;
  let alice: ImapTestUser;
  let bob: ImapTestUser;
  const users = new Map<string, ImapTestUser>();

  beforeAll(async () => {
    imap = await imapTestServer();
    alice = await imap.addUser();
    bob = await imap.addUser();
    for (const user of [alice, bob]) users.set(user.address, user);
    smtp = await startFakeSmtpServer({
      deliver: async (envelope, raw) => {
        for (const recipient of envelope.to) {
          const mailbox = users.get(recipient);
          if (!mailbox) throw new Error(`no test mailbox for ${recipient}`);
          await appendMessage(mailbox.user, mailbox.password, raw);
        }
      },
    });
    smtp.addUser(alice.user, alice.password);
  });

  afterAll(async () => {
    await smtp?.close();
  });

  it('delivers a message sent through SMTP into the recipient IMAP inbox', async () => {
    const messageId = `<${randomBytes(8).toString('hex')}@example.test>`;
    const transport = nodemailer.createTransport({
      host: smtp.host,
      port: smtp.port,
      secure: false,
      ignoreTLS: true,
      auth: { user: alice.user, pass: alice.password },
    });

    try {
      await transport.sendMail({
        from: alice.address,
        to: bob.address,
        subject: 'Proposta de orçamento',
        text: 'Olá, segue a proposta.',
        messageId,
      });
    } finally {
      transport.close();
    }

    expect(smtp.messages).toHaveLength(1);
    expect(smtp.messages[0]).toMatchObject({
      user: alice.user,
      from: alice.address,
      to: [bob.address],
    });
    const inbox = await listMessages(bob.user, bob.password);
    expect(inbox).toHaveLength(1);
    expect(inbox[0]?.envelope.subject).toBe('Proposta de orçamento');
    expect(inbox[0]?.envelope.messageId).toBe(messageId);
    const parsed = await simpleParser(inbox[0]?.source ?? Buffer.alloc(0));
    expect(parsed.text?.trim()).toBe('Olá, segue a proposta.');
    expect(await listMessages(alice.user, alice.password)).toEqual([]);
  });

  it('refuses an IMAP login with a wrong password', async () => {
    const login = withImapClient(alice.user, `${alice.password}-wrong`, async () => 'logged in');

    await expect(login).rejects.toMatchObject({ authenticationFailed: true });
  });

  it('refuses an SMTP login with a wrong password', async () => {
    const transport = nodemailer.createTransport({
      host: smtp.host,
      port: smtp.port,
      secure: false,
      ignoreTLS: true,
      auth: { user: alice.user, pass: `${alice.password}-wrong` },
    });

    try {
      await expect(transport.verify()).rejects.toMatchObject({ responseCode: 535 });
    } finally {
      transport.close();
    }
  });

  it('appends into another mailbox than the inbox', async () => {
    const raw =
      'From: a@example.test\r\nSubject: rascunho\r\nMessage-ID: <d1@example.test>\r\n\r\nx\r\n';

    await appendMessage(alice.user, alice.password, raw, 'Drafts');

    const drafts = await listMessages(alice.user, alice.password, 'Drafts');
    expect(drafts.map((message) => message.envelope.messageId)).toEqual(['<d1@example.test>']);
  });
});
