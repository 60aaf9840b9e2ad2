import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FileDeletionSweeper } from '../../../src/modules/files/file-deletion-sweeper.service';
import type { FileResponse } from '../../../src/modules/files/dto/file.dto';
import { adminQuery } from '../../utils/admin-query';
import { generatedBytes, generatedStream } from '../../utils/generated-bytes';
import { asMember, register, type Session } from '../../utils/identity.helpers';
import { createLead } from '../../utils/lead.helpers';
import { multipartBody, type MultipartFilePart } from '../../utils/multipart-body';
import { startS3TestServer, type S3TestServer } from '../../utils/s3-test-server';
import { rawStore, type DriverName, type RawStore } from '../../utils/storage.helpers';
import { createTestApp, type TestApp } from '../../utils/test-app';

const MiB = 1024 * 1024;
const SEGMENT = 64 * 1024;
const SEALED_SEGMENT = SEGMENT + 16;

describe.each<DriverName>(['local', 's3'])('files on the %s driver', (driver) => {
  let s3: S3TestServer | undefined;
  let store: RawStore;
  let t: TestApp;
  let alice: Session;
  let mallory: Session;

  beforeAll(async () => {
    s3 = driver === 's3' ? await startS3TestServer() : undefined;
    store = rawStore(driver, {
      endpoint: s3?.endpoint,
      localDir: mkdtempSync(join(tmpdir(), 'loved-files-')),
    });
    t = await createTestApp({ env: store.env });
    alice = await register(t.app);
    mallory = await register(t.app);
  });

  afterAll(async () => {
    await t?.close();
    store?.close();
    await s3?.stop();
  });

  const upload = async (
    session: Session,
    file: MultipartFilePart,
    fields: Record<string, string> = {},
  ): Promise<{
    status: number;
    json: () => FileResponse;
    body: string;
    headers: Record<string, unknown>;
  }> => {
    const multipart = multipartBody(file, fields);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/files',
      headers: { ...asMember(session, session.organizationId), ...multipart.headers },
      payload: multipart.body,
    });
    return {
      status: res.statusCode,
      json: () => res.json<FileResponse>(),
      body: res.body,
      headers: res.headers,
    };
  };

  const uploaded = async (session: Session, file: MultipartFilePart): Promise<FileResponse> => {
    const res = await upload(session, file);
    expect(res.status, res.body).toBe(201);
    return res.json();
  };

  const download = (session: Session, id: string, headers: Record<string, string> = {}) =>
    t.app.inject({
      method: 'GET',
      url: `/api/v1/files/${id}/content`,
      headers: { ...asMember(session, session.organizationId), ...headers },
    });

  const objectKey = (session: Session, id: string): string =>
    `files/${session.organizationId}/${id}`;

  const waitFor = async (check: () => Promise<boolean>): Promise<void> => {
    for (let i = 0; i < 50; i++) {
      if (await check()) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('condition not reached in 5 s');
  };

  it('round-trips an upload byte for byte, encrypted at rest', async () => {
    // Past S3's 5 MiB part size, so the s3 driver exercises a multipart upload.
    const content = generatedBytes(6 * MiB + 12_345, 7);
    const file = await uploaded(alice, { filename: 'recording.bin', content });
    expect(file).toMatchObject({ size_bytes: content.length, filename: 'recording.bin' });

    const res = await download(alice, file.id);
    expect(res.statusCode).toBe(200);
    expect(res.headers['accept-ranges']).toBe('bytes');
    expect(Number(res.headers['content-length'])).toBe(content.length);
    expect(res.rawPayload.equals(content)).toBe(true);

    const raw = await store.read(objectKey(alice, file.id));
    expect(raw.length).toBe(content.length + Math.ceil(content.length / SEGMENT) * 16);
    expect(raw.equals(content)).toBe(false);
    expect(raw.indexOf(content.subarray(0, 64))).toBe(-1);
    expect(raw.indexOf(content.subarray(3 * MiB, 3 * MiB + 64))).toBe(-1);
  });

  it('round-trips an empty file', async () => {
    const file = await uploaded(alice, { filename: 'empty.txt', content: Buffer.alloc(0) });
    const res = await download(alice, file.id);
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload.length).toBe(0);
  });

  it('answers a Range request with exactly that slice (206), across segment boundaries', async () => {
    const content = generatedBytes(300_000, 3);
    const file = await uploaded(alice, { filename: 'voice.ogg', content });

    const middle = await download(alice, file.id, { range: 'bytes=65530-131080' });
    expect(middle.statusCode).toBe(206);
    expect(middle.headers['content-range']).toBe(`bytes 65530-131080/${content.length}`);
    expect(middle.rawPayload.equals(content.subarray(65530, 131081))).toBe(true);

    const suffix = await download(alice, file.id, { range: 'bytes=-100' });
    expect(suffix.statusCode).toBe(206);
    expect(suffix.rawPayload.equals(content.subarray(content.length - 100))).toBe(true);

    const open = await download(alice, file.id, { range: 'bytes=299990-' });
    expect(open.rawPayload.equals(content.subarray(299_990))).toBe(true);
  });

  it('answers 416 with the size for a range outside the file', async () => {
    const file = await uploaded(alice, { filename: 'a.bin', content: generatedBytes(1000) });
    const res = await download(alice, file.id, { range: 'bytes=5000-6000' });
    expect(res.statusCode).toBe(416);
    expect(res.headers['content-range']).toBe('bytes */1000');
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it("answers 404 to another organisation's user on metadata, content and delete", async () => {
    const file = await uploaded(alice, { filename: 'secret.pdf', content: generatedBytes(2000) });
    const as = asMember(mallory, mallory.organizationId);
    for (const [method, url] of [
      ['GET', `/api/v1/files/${file.id}`],
      ['GET', `/api/v1/files/${file.id}/content`],
      ['DELETE', `/api/v1/files/${file.id}`],
    ] as const) {
      const res = await t.app.inject({ method, url, headers: as });
      expect(res.statusCode, `${method} ${url}`).toBe(404);
    }
    expect((await download(alice, file.id)).statusCode).toBe(200);
  });

  it('refuses 51 MB with 413 and stores nothing (no row, no object)', async () => {
    const org = await register(t.app);
    const res = await upload(org, { filename: 'big.bin', content: generatedStream(51 * MiB) });
    expect(res.status).toBe(413);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(JSON.parse(res.body)).toMatchObject({ status: 413, code: 'FILE_TOO_LARGE' });
    const rows = await adminQuery('SELECT 1 FROM file_attachments WHERE organization_id = $1', [
      org.organizationId,
    ]);
    expect(rows).toEqual([]);
    expect(await store.list(`files/${org.organizationId}`)).toEqual([]);
  });

  it('fails the download with a clear error when the stored object was modified', async () => {
    const content = generatedBytes(5000, 9);
    const file = await uploaded(alice, { filename: 'contract.bin', content });
    const key = objectKey(alice, file.id);
    const raw = await store.read(key);
    raw[1234] ^= 0x01;
    await store.write(key, raw);

    const res = await download(alice, file.id);
    expect(res.statusCode).toBe(500);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.json()).toMatchObject({
      code: 'FILE_INTEGRITY_FAILED',
      detail: expect.stringMatching(/integrity check/),
    });
  });

  it('cuts the download short (never serves bad bytes) when a later segment was modified', async () => {
    const content = generatedBytes(4 * SEGMENT, 11);
    const file = await uploaded(alice, { filename: 'long.bin', content });
    const key = objectKey(alice, file.id);
    const raw = await store.read(key);
    raw[2 * SEALED_SEGMENT + 10] ^= 0x80;
    await store.write(key, raw);

    // The untouched first segment still decrypts alone: Range reads only what it needs.
    const head = await download(alice, file.id, { range: `bytes=0-${SEGMENT - 1}` });
    expect(head.statusCode).toBe(206);
    expect(head.rawPayload.equals(content.subarray(0, SEGMENT))).toBe(true);

    // A range that starts in the altered segment is refused before any byte is sent.
    const bad = await download(alice, file.id, { range: `bytes=${2 * SEGMENT}-` });
    expect(bad.statusCode).toBe(500);

    // The whole file starts fine and then breaks off: fewer bytes than announced, none wrong.
    const whole: unknown = await download(alice, file.id).catch((error: unknown) => error);
    if (!(whole instanceof Error)) {
      const res = whole as Awaited<ReturnType<typeof download>>;
      expect(res.rawPayload.length).toBeLessThan(Number(res.headers['content-length']));
      expect(content.subarray(0, res.rawPayload.length).equals(res.rawPayload)).toBe(true);
    }
  });

  it('fails the download when the stored object was truncated', async () => {
    const content = generatedBytes(3 * SEGMENT, 5);
    const file = await uploaded(alice, { filename: 'cut.bin', content });
    const key = objectKey(alice, file.id);
    const raw = await store.read(key);
    await store.write(key, raw.subarray(0, 2 * SEALED_SEGMENT));
    const res = await download(alice, file.id, { range: `bytes=${2 * SEGMENT}-` });
    expect(res.statusCode).toBe(500);
    expect(res.json()).toMatchObject({ code: 'FILE_INTEGRITY_FAILED' });
  });

  it('sniffs the type from the bytes and sanitises the name', async () => {
    const png = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      generatedBytes(500),
    ]);
    const file = await uploaded(alice, {
      filename: '../../ev<il\u202Egnp.html',
      contentType: 'text/html',
      content: png,
    });
    expect(file.content_type).toBe('image/png');
    expect(file.filename).toBe('ev_il_gnp.html');
    const res = await download(alice, file.id);
    expect(res.headers['content-type']).toBe('image/png');
    expect(res.headers['content-disposition']).toBe(
      `inline; filename="ev_il_gnp.html"; filename*=UTF-8''ev_il_gnp.html`,
    );
    expect(res.headers['x-content-type-options']).toBe('nosniff');

    const named = await uploaded(alice, {
      filename: 'Relatório março.txt',
      content: Buffer.from('olá'),
    });
    expect(named.content_type).toBe('text/plain');
    const text = await download(alice, named.id);
    expect(text.headers['content-disposition']).toBe(
      `attachment; filename="Relat_rio mar_o.txt"; filename*=UTF-8''Relat%C3%B3rio%20mar%C3%A7o.txt`,
    );
  });

  it('deletes a file: the row at once, the stored object after commit', async () => {
    const file = await uploaded(alice, { filename: 'gone.bin', content: generatedBytes(100) });
    const res = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/files/${file.id}`,
      headers: asMember(alice, alice.organizationId),
    });
    expect(res.statusCode).toBe(204);
    const meta = await t.app.inject({
      method: 'GET',
      url: `/api/v1/files/${file.id}`,
      headers: asMember(alice, alice.organizationId),
    });
    expect(meta.statusCode).toBe(404);
    await waitFor(
      async () =>
        !(await store.list(`files/${alice.organizationId}`)).includes(objectKey(alice, file.id)),
    );
  });

  it('deleting a lead removes its files from the database and from storage', async () => {
    const org = await register(t.app);
    const lead = await createLead(t.app, org);
    const res = await upload(
      org,
      { filename: 'proposal.pdf', content: generatedBytes(3000) },
      { lead_id: lead.id },
    );
    expect(res.status, res.body).toBe(201);
    const file = res.json();
    expect(file.lead_id).toBe(lead.id);

    const deleted = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/leads/${lead.id}`,
      headers: asMember(org, org.organizationId),
    });
    expect(deleted.statusCode).toBe(204);
    const meta = await t.app.inject({
      method: 'GET',
      url: `/api/v1/files/${file.id}`,
      headers: asMember(org, org.organizationId),
    });
    expect(meta.statusCode).toBe(404);

    // The leads module knows nothing of files: the cascade queued the object, the sweep purges it.
    await t.app.get(FileDeletionSweeper).sweep();
    await waitFor(async () => (await store.list(`files/${org.organizationId}`)).length === 0);
    const outbox = await adminQuery('SELECT 1 FROM file_deletions WHERE organization_id = $1', [
      org.organizationId,
    ]);
    expect(outbox).toEqual([]);
  });

  it("refuses to attach a file to another organisation's lead, storing nothing", async () => {
    const lead = await createLead(t.app, mallory);
    const org = await register(t.app);
    const res = await upload(
      org,
      { filename: 'x.bin', content: generatedBytes(100) },
      { lead_id: lead.id },
    );
    expect(res.status).toBe(404);
    expect(JSON.parse(res.body)).toMatchObject({ code: 'FILE_LINK_NOT_FOUND' });
    expect(await store.list(`files/${org.organizationId}`)).toEqual([]);
  });
});
