import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FileResponse } from '../../src/modules/files/dto/file.dto';
import { asMember, type Session } from './identity.helpers';
import { multipartBody } from './multipart-body';

/** Uploads `content` as `session` through `POST /files` (optionally linked to a lead). */
export async function uploadFile(
  app: NestFastifyApplication,
  session: Session,
  content: Buffer = Buffer.from('hello'),
  fields: Record<string, string> = {},
): Promise<FileResponse> {
  const multipart = multipartBody({ filename: 'note.txt', content }, fields);
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/files',
    headers: { ...asMember(session, session.organizationId), ...multipart.headers },
    payload: multipart.body,
  });
  if (res.statusCode !== 201) throw new Error(`upload failed: ${res.statusCode} ${res.body}`);
  return res.json<FileResponse>();
}
