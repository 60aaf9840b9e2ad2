import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asMember, register, type Session } from '../../utils/identity.helpers';
import { createLead } from '../../utils/lead.helpers';
import { createTestApp, type TestApp } from '../../utils/test-app';

/** A cursor as the API encodes one (base64url JSON), holding whatever a client put in it. */
const cursorOf = (values: unknown): string =>
  Buffer.from(JSON.stringify(values)).toString('base64url');

const UUID = '3f2b8c1e-9d4a-4c6b-8e2f-1a2b3c4d5e6f';
const AT = '2026-03-01T12:34:56.789Z';

/** Cursors that decode fine but hold the wrong types or values for a (timestamp, id) key. */
const TAMPERED_TIMESTAMP_KEYS = [
  [[AT], UUID],
  ['yesterday', UUID],
  ['2024-02-30T00:00:00.000Z', UUID],
  [AT, 'not-a-uuid'],
  [AT, 42],
  [{ $gt: '' }, UUID],
];

/**
 * Every paged list reads its cursor back through one validator: a cursor that decodes but holds
 * lists, non-dates, non-UUIDs or absurd numbers is a 400 problem on `cursor`, never a 500.
 */
describe('tampered cursors', () => {
  let t: TestApp;
  let admin: Session;
  let leadId: string;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await register(t.app);
    leadId = (await createLead(t.app, admin)).id;
  });
  afterAll(() => t.close());

  async function expectInvalidCursor(path: string, cursor: unknown): Promise<void> {
    const separator = path.includes('?') ? '&' : '?';
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/${path}${separator}cursor=${cursorOf(cursor)}`,
      headers: asMember(admin, admin.organizationId),
    });
    expect({ cursor, status: res.statusCode }).toEqual({ cursor, status: 400 });
    expect(res.headers['content-type']).toMatch(/problem\+json/);
    expect(res.json()).toMatchObject({ errors: [{ field: 'cursor', code: 'invalidCursor' }] });
  }

  it('refuses them on the lead list sorted by a date', async () => {
    for (const cursor of TAMPERED_TIMESTAMP_KEYS) await expectInvalidCursor('leads', cursor);
  });

  it('refuses them on the lead list sorted by name or position', async () => {
    for (const sort of ['name', 'position']) {
      for (const cursor of [
        [['Ana'], UUID],
        [7, UUID],
        ['Ana\u0000', UUID],
        [null, UUID],
        ['Ana', 'not-a-uuid'],
      ]) {
        await expectInvalidCursor(`leads?sort=${sort}`, cursor);
      }
    }
  });

  it('refuses them on the timeline', async () => {
    for (const cursor of TAMPERED_TIMESTAMP_KEYS) {
      await expectInvalidCursor(`communications/timeline/${leadId}`, cursor);
    }
  });

  it('refuses them on the team list', async () => {
    for (const cursor of TAMPERED_TIMESTAMP_KEYS) await expectInvalidCursor('members', cursor);
  });

  it('refuses them on communication search, whose cursor is an offset', async () => {
    for (const cursor of [['abc'], [-10], [1.5], [2 ** 53], [[10]], [10, 20]]) {
      await expectInvalidCursor('communications/search?q=proposta', cursor);
    }
  });
});
