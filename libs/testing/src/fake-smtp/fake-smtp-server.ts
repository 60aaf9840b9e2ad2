import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';
import type {
  FakeSmtpEnvelope,
  FakeSmtpMessage,
  FakeSmtpServer,
  FakeSmtpServerOptions,
} from './fake-smtp-server.type';

const HOST = '127.0.0.1';

/** smtp-server answers an error's `responseCode` to the client (554 unless set). */
const smtpError = (responseCode: number, message: string): Error =>
  Object.assign(new Error(message), { responseCode });

const readAll = async (stream: SMTPServerDataStream): Promise<Buffer> => {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
};

const envelopeOf = (session: SMTPServerSession): FakeSmtpEnvelope => ({
  user: String(session.user ?? ''),
  from: session.envelope.mailFrom === false ? '' : session.envelope.mailFrom.address,
  to: session.envelope.rcptTo.map((recipient) => recipient.address),
});

/**
 * A mail submission server (MTA) for tests, on 127.0.0.1: plain SMTP without TLS, AUTH PLAIN
 * or LOGIN required with the credentials given to `addUser`, every accepted message kept in
 * `messages` and handed to `deliver`, so a test can drop it into the recipients' mailboxes.
 */
export async function startFakeSmtpServer(
  options: FakeSmtpServerOptions = {},
): Promise<FakeSmtpServer> {
  const passwords = new Map<string, string>();
  const messages: FakeSmtpMessage[] = [];
  const server = new SMTPServer({
    secure: false,
    disabledCommands: ['STARTTLS'],
    // Credentials in the clear are fine on loopback, as with the test Dovecot.
    allowInsecureAuth: true,
    authOptional: false,
    authMethods: options.verifyAccessToken ? ['PLAIN', 'LOGIN', 'XOAUTH2'] : ['PLAIN', 'LOGIN'],
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.method === 'XOAUTH2') {
        const valid =
          auth.username !== undefined &&
          auth.accessToken !== undefined &&
          options.verifyAccessToken?.(auth.username, auth.accessToken) === true;
        // RFC 7628 / Google: a refused token answers 535 after the JSON challenge.
        if (!valid) callback(null, { data: { status: '401', schemes: 'bearer' } });
        else callback(null, { user: auth.username });
        return;
      }
      const known = auth.username === undefined ? undefined : passwords.get(auth.username);
      if (known === undefined || known !== auth.password) {
        callback(smtpError(535, 'Authentication credentials invalid'));
        return;
      }
      callback(null, { user: auth.username });
    },
    onData(stream, session, callback) {
      const envelope = envelopeOf(session);
      readAll(stream)
        .then(async (raw) => {
          await options.deliver?.(envelope, raw);
          messages.push({ ...envelope, raw });
          callback();
        })
        .catch((error: unknown) => {
          const reason = error instanceof Error ? error.message : String(error);
          callback(smtpError(451, `delivery failed: ${reason}`));
        });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, HOST, () => {
      server.off('error', reject);
      // A client dropping its socket is reported here; it must not crash the test process.
      server.on('error', () => undefined);
      resolve();
    });
  });
  const address = server.server.address();
  if (address === null || typeof address === 'string') throw new Error('fake SMTP: no port');
  return {
    host: HOST,
    port: address.port,
    messages,
    addUser: (user, password) => {
      passwords.set(user, password);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
