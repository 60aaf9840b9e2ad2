import { randomInt } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { register, type Session } from '../../utils/identity.helpers';
import { createTestApp, type TestApp } from '../../utils/test-app';

const PER_EMAIL = 5;
const PER_IP = 8;

/** A client address of its own, so parallel runs sharing one Redis never share a counter. */
const randomIp = (): string => `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;

const codes = (responses: LightMyRequestResponse[]): number[] =>
  responses.map((r) => r.statusCode).sort((a, b) => a - b);

describe('login rate limits', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({
      env: {
        LOGIN_MAX_FAILURES_PER_EMAIL: String(PER_EMAIL),
        LOGIN_MAX_FAILURES_PER_IP: String(PER_IP),
        LOGIN_FAILURE_WINDOW_SECONDS: '900',
      },
    });
  });
  afterAll(() => t.close());

  const attempt = (email: string, password: string, ip: string): Promise<LightMyRequestResponse> =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      remoteAddress: ip,
      payload: { email, password },
    });

  const expectTooManyAttempts = (res: LightMyRequestResponse): void => {
    expect(res.statusCode).toBe(429);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(res.headers['retry-after'])).toBeLessThanOrEqual(900);
    expect(res.json()).toMatchObject({ status: 429, code: 'TOO_MANY_ATTEMPTS' });
  };

  it('checks at most the allowed number of 20 concurrent wrong passwords for one e-mail', async () => {
    const session = await register(t.app);
    const ip = randomIp();
    const responses = await Promise.all(
      Array.from({ length: 20 }, () => attempt(session.user.email, 'wrong-password', ip)),
    );
    expect(codes(responses)).toEqual([
      ...Array<number>(PER_EMAIL).fill(401),
      ...Array<number>(20 - PER_EMAIL).fill(429),
    ]);
    expectTooManyAttempts(responses.find((r) => r.statusCode === 429)!);
    // The right password is refused too until the window passes.
    expectTooManyAttempts(await attempt(session.user.email, session.password, ip));
  });

  it('limits one e-mail across client IPs, in any letter case', async () => {
    const session = await register(t.app);
    for (let i = 0; i < PER_EMAIL; i += 1) {
      const email = i % 2 ? session.user.email.toUpperCase() : session.user.email;
      expect((await attempt(email, 'wrong-password', randomIp())).statusCode).toBe(401);
    }
    expectTooManyAttempts(await attempt(session.user.email, session.password, randomIp()));
  });

  it('limits one client IP across e-mails', async () => {
    const sessions: Session[] = [];
    for (let i = 0; i < 3; i += 1) sessions.push(await register(t.app));
    const ip = randomIp();
    for (let i = 0; i < PER_IP; i += 1) {
      const email = sessions[i % sessions.length]!.user.email;
      expect((await attempt(email, 'wrong-password', ip)).statusCode).toBe(401);
    }
    const fresh = await register(t.app);
    expectTooManyAttempts(await attempt(fresh.user.email, fresh.password, ip));
    // Another client is not affected.
    expect((await attempt(fresh.user.email, fresh.password, randomIp())).statusCode).toBe(200);
  });

  it('limits an IPv6 client by its /64 network, whichever address in it it uses', async () => {
    const network = `2001:db8:${randomInt(0x10000).toString(16)}:${randomInt(0x10000).toString(16)}`;
    const session = await register(t.app);
    for (let i = 1; i <= PER_IP; i += 1) {
      const email = `nobody-${i}-${session.user.id}@agencia.test`;
      expect((await attempt(email, 'wrong-password', `${network}::${i}`)).statusCode).toBe(401);
    }
    expectTooManyAttempts(await attempt(session.user.email, session.password, `${network}::ffff`));
  });

  it('does not count successful logins against the client IP', async () => {
    const session = await register(t.app);
    const ip = randomIp();
    for (let i = 0; i < PER_IP + 2; i += 1)
      expect((await attempt(session.user.email, session.password, ip)).statusCode).toBe(200);
  });

  it('clears the e-mail window after a successful login', async () => {
    const session = await register(t.app);
    const ip = randomIp();
    for (let i = 0; i < PER_EMAIL - 1; i += 1)
      expect((await attempt(session.user.email, 'wrong-password', ip)).statusCode).toBe(401);
    expect((await attempt(session.user.email, session.password, ip)).statusCode).toBe(200);
    for (let i = 0; i < PER_EMAIL - 1; i += 1)
      expect((await attempt(session.user.email, 'wrong-password', ip)).statusCode).toBe(401);
  });

  describe('with a two-second window', () => {
    let short: TestApp;
    beforeAll(async () => {
      short = await createTestApp({
        env: { LOGIN_MAX_FAILURES_PER_EMAIL: '2', LOGIN_FAILURE_WINDOW_SECONDS: '2' },
      });
    });
    afterAll(() => short.close());

    it('lets the right password in once the window has passed', async () => {
      const session = await register(short.app);
      const ip = randomIp();
      const login = (password: string): Promise<LightMyRequestResponse> =>
        short.app.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          remoteAddress: ip,
          payload: { email: session.user.email, password },
        });
      // Checked on the burst itself: a separate attempt could land after a slow machine's window.
      const burst = await Promise.all(Array.from({ length: 3 }, () => login('wrong-password')));
      expect(codes(burst)).toEqual([401, 401, 429]);
      await new Promise((resolve) => setTimeout(resolve, 2_100));
      const after = await login(session.password);
      expect(after.statusCode).toBe(200);
      expect(after.json()).toMatchObject({ user: { id: session.user.id } });
    });
  });
});
