import { randomBytes } from 'node:crypto';
import { errorReply, type FakeReply, jsonReply } from '../fake-http/fake-reply';
import { failureReply, invalidParameter, unsupportedRequest } from './fake-graph-error';
import { newGraphId } from './fake-graph-ids';
import { MEDIA_DOWNLOAD_PATH } from './fake-graph-routing';
import type { FakeGraphContext } from './fake-graph-context.type';

/** Media URLs Meta hands out stop working after five minutes. */
const MEDIA_URL_TTL_SECONDS = 300;

/** The upload types Cloud API accepts (its "supported media types" list). */
const UPLOADABLE_TYPES = new Set([
  'audio/aac',
  'audio/amr',
  'audio/mpeg',
  'audio/mp4',
  'audio/ogg',
  'image/jpeg',
  'image/png',
  'image/webp',
  'video/mp4',
  'video/3gpp',
  'text/plain',
  'application/pdf',
  'application/msword',
  'application/vnd.ms-excel',
  'application/vnd.ms-powerpoint',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
]);

const baseType = (mimeType: string): string => mimeType.split(';')[0]?.trim().toLowerCase() ?? '';

/** Parses multipart/form-data with the platform's own parser (undici's `Request.formData`). */
async function readForm(ctx: FakeGraphContext): Promise<FormData | null> {
  if (!ctx.contentType?.startsWith('multipart/form-data')) return null;
  try {
    const request = new Request('http://fake.invalid/', {
      method: 'POST',
      headers: { 'content-type': ctx.contentType },
      body: ctx.rawBody,
    });
    return await request.formData();
  } catch {
    return null;
  }
}

/** `POST /{phone_number_id}/media` with `file`, `type` and `messaging_product`. */
export async function handleUploadMedia(
  ctx: FakeGraphContext,
  phoneNumberId: string,
): Promise<FakeReply> {
  if (!ctx.state.canUsePhone(ctx.token, phoneNumberId)) {
    return errorReply(unsupportedRequest(ctx.method, phoneNumberId));
  }
  const form = await readForm(ctx);
  if (!form) return errorReply(invalidParameter('The parameter messaging_product is required.'));
  if (form.get('messaging_product') !== 'whatsapp') {
    return errorReply(invalidParameter('The parameter messaging_product is required.'));
  }
  const file = form.get('file');
  if (!(file instanceof Blob))
    return errorReply(invalidParameter('The parameter file is required.'));
  const type = form.get('type');
  if (typeof type !== 'string' || type === '') {
    return errorReply(invalidParameter('The parameter type is required.'));
  }
  if (!UPLOADABLE_TYPES.has(baseType(type))) {
    return errorReply(
      failureReply({
        code: 131053,
        httpStatus: 400,
        details: `Param file must be a file with one of the following types: ${[...UPLOADABLE_TYPES].join(', ')}. Received file of type '${type}'.`,
      }),
    );
  }
  const bytes = Buffer.from(await file.arrayBuffer());
  const filename = file instanceof File && file.name !== '' ? file.name : null;
  const id = newGraphId();
  ctx.state.addMedia({ id, bytes, mimeType: type, phoneNumberId, filename: filename ?? undefined });
  ctx.state.uploadedMedia.push({ id, phoneNumberId, bytes, mimeType: type, filename });
  return jsonReply({ id });
}

/** `GET /{media_id}` (URL and metadata) and `DELETE /{media_id}`. */
export function handleMedia(ctx: FakeGraphContext, mediaId: string): FakeReply {
  const media = ctx.state.media.get(mediaId);
  const scope = ctx.query.phone_number_id;
  const allowed =
    media !== undefined &&
    ctx.state.canUseMedia(ctx.token, media) &&
    (scope === undefined ||
      (ctx.state.canUsePhone(ctx.token, scope) &&
        (media.phoneNumberId === undefined || media.phoneNumberId === scope)));
  if (!media || !allowed) return errorReply(unsupportedRequest(ctx.method, mediaId));
  if (ctx.method === 'DELETE') {
    ctx.state.media.delete(mediaId);
    return jsonReply({ success: true });
  }
  const expires = Math.floor(Date.now() / 1000) + MEDIA_URL_TTL_SECONDS;
  const url = new URL(MEDIA_DOWNLOAD_PATH, ctx.baseUrl);
  url.searchParams.set('mid', media.id);
  url.searchParams.set('ext', String(expires));
  url.searchParams.set('hash', randomBytes(12).toString('base64url'));
  return jsonReply({
    url: url.toString(),
    mime_type: media.mimeType,
    sha256: media.sha256,
    file_size: media.bytes.length,
    id: media.id,
    messaging_product: 'whatsapp',
  });
}

/** The media URL itself: the bytes, for a bearer token allowed to read them. */
export function handleMediaDownload(ctx: FakeGraphContext): FakeReply {
  const media = ctx.state.media.get(ctx.query.mid ?? '');
  const expires = Number(ctx.query.ext);
  if (!media || !ctx.state.canUseMedia(ctx.token, media)) {
    return { kind: 'text', httpStatus: 404, text: 'Not Found' };
  }
  if (!Number.isFinite(expires) || expires * 1000 < Date.now()) {
    return { kind: 'text', httpStatus: 404, text: 'URL signature expired' };
  }
  return { kind: 'bytes', httpStatus: 200, bytes: media.bytes, contentType: media.mimeType };
}
