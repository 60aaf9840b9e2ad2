import type { Readable } from 'node:stream';
import type { MultipartFile, MultipartValue } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { FileException } from '../file.exception';

export type MultipartUpload = {
  stream: Readable;
  filename: string;
  mimetype: string;
  /** Text fields sent before the file. */
  fields: Record<string, string>;
};

const isFieldValue = (value: unknown): value is MultipartValue<unknown> =>
  typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'field';

/**
 * The one file of a multipart request, as a stream not yet read. The parser's own size cut is
 * set one byte past `maxBytes`: it ends a long file quietly (only marking it truncated), so
 * the upload meter must see that extra byte to fail the stream before the store commits.
 */
export async function readMultipartUpload(
  request: FastifyRequest,
  options: { field: string; maxBytes: number },
): Promise<MultipartUpload> {
  if (!request.isMultipart()) throw FileException.notMultipart(options.field);
  let part: MultipartFile | undefined;
  try {
    part = await request.file({ limits: { fileSize: options.maxBytes + 1, files: 1, fields: 20 } });
  } catch {
    throw FileException.malformedUpload();
  }
  if (!part) throw FileException.missing(options.field);
  if (part.fieldname !== options.field) {
    part.file.resume();
    throw FileException.missing(options.field);
  }
  const fields: Record<string, string> = {};
  for (const [name, value] of Object.entries(part.fields)) {
    if (isFieldValue(value) && typeof value.value === 'string') fields[name] = value.value;
  }
  return { stream: part.file, filename: part.filename, mimetype: part.mimetype, fields };
}
