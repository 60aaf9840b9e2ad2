import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';

export type MultipartFilePart = {
  filename: string;
  contentType?: string;
  content: Buffer | Readable;
  field?: string;
};

/**
 * A multipart/form-data body that streams its file (fields first, file last), so tests can
 * upload 50 MB without building it in memory.
 */
export function multipartBody(
  file: MultipartFilePart,
  fields: Record<string, string> = {},
): { headers: Record<string, string>; body: Readable } {
  const boundary = `----loved${randomBytes(12).toString('hex')}`;
  const head = Object.entries(fields)
    .map(
      ([name, value]) =>
        `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
    )
    .join('');
  const fileHead =
    `--${boundary}\r\nContent-Disposition: form-data; name="${file.field ?? 'file'}"; ` +
    `filename="${file.filename.replace(/"/g, '%22')}"\r\n` +
    `Content-Type: ${file.contentType ?? 'application/octet-stream'}\r\n\r\n`;
  async function* parts(): AsyncGenerator<Buffer> {
    yield Buffer.from(head + fileHead, 'utf8');
    if (Buffer.isBuffer(file.content)) yield file.content;
    else for await (const chunk of file.content) yield chunk as Buffer;
    yield Buffer.from(`\r\n--${boundary}--\r\n`, 'utf8');
  }
  return {
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    body: Readable.from(parts(), { objectMode: false }),
  };
}
