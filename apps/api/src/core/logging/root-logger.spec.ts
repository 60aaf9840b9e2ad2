import { Writable } from 'node:stream';
import { ClsServiceManager } from 'nestjs-cls';
import { describe, expect, it } from 'vitest';
import type { RequestContextStore } from './request-context.type';
import { createRootLogger } from './root-logger';

const SECRET = 'sk-live-0451-do-not-log';
const MESSAGE = 'Oi, segue o contrato confidencial';

/** Logs one line through a fresh root logger and returns it parsed. */
function logOne(write: (logger: ReturnType<typeof createRootLogger>) => void): {
  line: Record<string, unknown>;
  raw: string;
} {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      done();
    },
  });
  write(createRootLogger('debug', sink));
  const raw = lines.join('\n');
  return { line: JSON.parse(lines[0] ?? '{}') as Record<string, unknown>, raw };
}

/** An error shaped like axios's (what HTTP clients such as older SDKs throw). */
function axiosLikeError(): Error {
  return Object.assign(new Error('Request failed with status code 401'), {
    code: 'ERR_BAD_REQUEST',
    config: {
      url: 'https://graph.facebook.com/v23.0/123/messages',
      headers: { Authorization: `Bearer ${SECRET}`, 'x-api-key': SECRET },
      auth: { username: 'AC123', password: SECRET },
      data: JSON.stringify({ text: { body: MESSAGE } }),
    },
    // What a client wrapping another's error keeps: five levels down from the log line.
    response: { request: { config: { headers: { authorization: `Bearer ${SECRET}` } } } },
  });
}

describe('root logger', () => {
  it('redacts the credentials an HTTP client keeps on its error, and keeps its message', () => {
    const { line, raw } = logOne((logger) =>
      logger.warn({ err: axiosLikeError(), integrationId: 'int-1' }, 'send failed'),
    );

    expect(raw).not.toContain(SECRET);
    expect(raw).not.toContain(MESSAGE);
    expect(line).toMatchObject({
      integrationId: 'int-1',
      err: {
        message: 'Request failed with status code 401',
        code: 'ERR_BAD_REQUEST',
        config: {
          url: 'https://graph.facebook.com/v23.0/123/messages',
          headers: { Authorization: '[redacted]', 'x-api-key': '[redacted]' },
          auth: '[redacted]',
          data: '[redacted]',
        },
        response: { request: { config: { headers: { authorization: '[redacted]' } } } },
      },
    });
  });

  it('redacts nested credentials objects and secrets at any depth', () => {
    const { line, raw } = logOne((logger) =>
      logger.info({
        integration: {
          id: 'int-2',
          credentials: { access_token: SECRET, app_secret: SECRET },
          settings: { whatsapp: { verify_token: SECRET, accessToken: SECRET } },
        },
        password: SECRET,
        user: { profile: { password: SECRET } },
        twilio: { auth_token: SECRET },
      }),
    );

    expect(raw).not.toContain(SECRET);
    expect(line).toMatchObject({
      integration: {
        id: 'int-2',
        credentials: '[redacted]',
        settings: { whatsapp: { verify_token: '[redacted]', accessToken: '[redacted]' } },
      },
      password: '[redacted]',
      user: { profile: { password: '[redacted]' } },
    });
  });

  it('redacts message bodies: text, body, content, subject, html and captions', () => {
    const { line, raw } = logOne((logger) =>
      logger.info(
        {
          message: { id: 'wamid.1', type: 'text', text: { body: MESSAGE } },
          email: { subject: MESSAGE, html: `<p>${MESSAGE}</p>`, messageId: 'm-1' },
          note: { content: MESSAGE },
          image: { caption: MESSAGE },
          body: MESSAGE,
        },
        'message received',
      ),
    );

    expect(raw).not.toContain(MESSAGE);
    expect(line).toMatchObject({
      msg: 'message received',
      message: { id: 'wamid.1', type: 'text', text: '[redacted]' },
      email: { messageId: 'm-1', subject: '[redacted]' },
    });
  });

  it("redacts a failed query's bound values and keeps its SQL", () => {
    const failed = Object.assign(new Error('value too long for type character varying(500)'), {
      query: 'INSERT INTO communications (content) VALUES ($1)',
      parameters: [MESSAGE],
    });
    const { line, raw } = logOne((logger) => logger.error({ err: failed }, 'request failed'));

    expect(raw).not.toContain(MESSAGE);
    expect(line).toMatchObject({
      err: { query: 'INSERT INTO communications (content) VALUES ($1)', parameters: '[redacted]' },
    });
  });

  it('redacts secret query parameters from request lines', () => {
    const { line } = logOne((logger) =>
      logger.info({
        req: {
          method: 'GET',
          url: `/api/v1/integrations/whatsapp/webhook?hub.mode=subscribe&hub.verify_token=${SECRET}&hub.challenge=42`,
          headers: { authorization: `Bearer ${SECRET}` },
        },
      }),
    );

    expect(JSON.stringify(line)).not.toContain(SECRET);
    expect(line.req).toEqual({
      method: 'GET',
      url: '/api/v1/integrations/whatsapp/webhook?hub.mode=subscribe&hub.verify_token=[redacted]&hub.challenge=42',
    });
  });

  it('names the request, organisation, user and job the line belongs to', () => {
    const cls = ClsServiceManager.getClsService<RequestContextStore>();
    const { line } = logOne((logger) =>
      cls.run(() => {
        cls.set('requestId', 'req-1');
        cls.set('organizationId', 'org-1');
        cls.set('userId', 'user-1');
        cls.set('jobId', '42');
        cls.set('job', 'ai-summary.generate');
        logger.info('working');
      }),
    );

    expect(line).toMatchObject({
      reqId: 'req-1',
      orgId: 'org-1',
      userId: 'user-1',
      jobId: '42',
      job: 'ai-summary.generate',
    });
  });
});
