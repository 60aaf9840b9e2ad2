import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { appendFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { ImapFlow, type MessageEnvelopeObject } from 'imapflow';

const SCRIPT = fileURLToPath(new URL('../../../../scripts/ci/start-dovecot.sh', import.meta.url));
const DEFAULT_DIR = '/tmp/loved-dovecot';
const MAIL_DOMAIN = 'example.test';

/**
 * Where the test Dovecot checks XOAUTH2 tokens (RFC 7662 introspection): a test that logs in
 * with OAuth2 starts the fake OAuth server on this port.
 */
export const OAUTH_TEST_PORT = Number(process.env.OAUTH_TEST_PORT ?? 3144);

/** A mailbox on the test Dovecot: log in with `user` and `password`; mail goes to `address`. */
export type ImapTestUser = { user: string; password: string; address: string };

/** One message as it sits in a mailbox: the server's parsed envelope and the raw RFC 822. */
export type ImapTestMessage = {
  uid: number;
  envelope: MessageEnvelopeObject;
  flags: string[];
  source: Buffer;
};

export type ImapTestServer = {
  host: string;
  port: number;
  /** A fresh mailbox (random name), usable at once: Dovecot re-reads its passwd-file. */
  addUser: () => Promise<ImapTestUser>;
};

type ServerAddress = { host: string; port: number; usersFile: string };

let started: Promise<ServerAddress> | undefined;

/** Where `scripts/ci/start-dovecot.sh` says it listens (its last line). */
const parseReady = (output: string): ServerAddress => {
  const match = /DOVECOT_READY (\S+):(\d+) users=(\S+)/.exec(output);
  if (!match?.[1] || !match[2] || !match[3]) {
    throw new Error(`start-dovecot.sh printed no DOVECOT_READY line:\n${output}`);
  }
  return { host: match[1], port: Number(match[2]), usersFile: match[3] };
};

/**
 * The Dovecot `.ci/run` started (IMAP_TEST_PORT, MAIL_TEST_USERS_FILE), else one started
 * here by the same script, once per test process. The script is idempotent and takes a lock,
 * so parallel test files share one server.
 */
const serverAddress = (): Promise<ServerAddress> => {
  const port = process.env.IMAP_TEST_PORT;
  if (port) {
    const dir = process.env.MAIL_TEST_DIR ?? DEFAULT_DIR;
    return Promise.resolve({
      host: process.env.IMAP_TEST_HOST ?? '127.0.0.1',
      port: Number(port),
      usersFile: process.env.MAIL_TEST_USERS_FILE ?? `${dir}/users`,
    });
  }
  started ??= promisify(execFile)('bash', [SCRIPT]).then(({ stdout }) => parseReady(stdout));
  return started;
};

/** The test Dovecot (plain IMAP on loopback), started on first use when CI has not. */
export async function imapTestServer(): Promise<ImapTestServer> {
  const { host, port, usersFile } = await serverAddress();
  return {
    host,
    port,
    addUser: async () => {
      const user = `u${randomBytes(6).toString('hex')}@${MAIL_DOMAIN}`;
      const password = randomBytes(12).toString('base64url');
      // One short O_APPEND write per user, so parallel test files never interleave lines.
      await appendFile(usersFile, `${user}:{PLAIN}${password}\n`);
      return { user, password, address: user };
    },
  };
}

/** Logs in as `user`, runs `work`, logs out (also when `work` throws). */
export async function withImapClient<T>(
  user: string,
  password: string,
  work: (client: ImapFlow) => Promise<T>,
): Promise<T> {
  const { host, port } = await serverAddress();
  const client = new ImapFlow({
    host,
    port,
    secure: false,
    auth: { user, pass: password },
    logger: false,
  });
  // Connection errors also reject connect() or the command in flight, where tests see them.
  client.on('error', () => undefined);
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.logout().catch(() => client.close());
  }
}

/** Drops one message into `mailbox` of `user` (IMAP APPEND); resolves to its UID. */
export async function appendMessage(
  user: string,
  password: string,
  rawRfc822: string | Buffer,
  mailbox = 'INBOX',
): Promise<number | undefined> {
  return withImapClient(user, password, async (client) => {
    const appended = await client.append(mailbox, rawRfc822);
    return appended === false ? undefined : appended.uid;
  });
}

/** Every message in `mailbox` of `user`, oldest first. */
export async function listMessages(
  user: string,
  password: string,
  mailbox = 'INBOX',
): Promise<ImapTestMessage[]> {
  return withImapClient(user, password, async (client) => {
    const lock = await client.getMailboxLock(mailbox, { readOnly: true });
    try {
      const exists = client.mailbox === false ? 0 : client.mailbox.exists;
      if (exists === 0) return [];
      const fetched = await client.fetchAll('1:*', {
        uid: true,
        envelope: true,
        flags: true,
        source: true,
      });
      return fetched.map((message) => ({
        uid: message.uid,
        envelope: message.envelope ?? {},
        flags: [...(message.flags ?? [])],
        source: message.source ?? Buffer.alloc(0),
      }));
    } finally {
      lock.release();
    }
  });
}
