import type { MultipartFile } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { LeadImportErrorCode, LeadImportException } from '../lead-import.exception';

export type CsvUploadOptions = { field: string; maxBytes: number };

const megabytes = (bytes: number): string => `${Math.round(bytes / (1024 * 1024))} MB`;

const fileTooLarge = (maxBytes: number): LeadImportException =>
  new LeadImportException(
    LeadImportErrorCode.FileTooLarge,
    `O arquivo passa de ${megabytes(maxBytes)}. Divida a planilha em arquivos menores.`,
  );

/** What went wrong while reading the upload, in words for the person sending the file. */
function toUploadException(error: unknown, options: CsvUploadOptions): unknown {
  if (error instanceof LeadImportException) return error;
  // Programming errors stay 500s; everything else here comes from a malformed or cut-off body.
  if (!(error instanceof Error) || error instanceof TypeError || error instanceof ReferenceError) {
    return error;
  }
  const code = (error as Error & { code?: unknown }).code;
  if (code === 'FST_REQ_FILE_TOO_LARGE') return fileTooLarge(options.maxBytes);
  if (code === 'FST_FILES_LIMIT' || code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT') {
    return new LeadImportException(
      LeadImportErrorCode.MalformedUpload,
      `Envie um único arquivo CSV no campo "${options.field}".`,
    );
  }
  return new LeadImportException(
    LeadImportErrorCode.MalformedUpload,
    'O envio do arquivo chegou incompleto ou malformado. Tente de novo.',
  );
}

/**
 * The bytes of the one file of a multipart request, at most `maxBytes` (the limit is enforced
 * while reading, so a larger upload is never held in memory). The file must come in `field`.
 */
export async function readCsvUpload(
  request: FastifyRequest,
  options: CsvUploadOptions,
): Promise<Buffer> {
  if (!request.isMultipart()) {
    throw new LeadImportException(
      LeadImportErrorCode.NotMultipart,
      `Envie o arquivo CSV como multipart/form-data, no campo "${options.field}".`,
    );
  }
  try {
    const part: MultipartFile | undefined = await request.file({
      limits: { fileSize: options.maxBytes, files: 1 },
    });
    if (!part) {
      throw new LeadImportException(
        LeadImportErrorCode.FileMissing,
        `Nenhum arquivo enviado: anexe o CSV no campo "${options.field}".`,
      );
    }
    // Read before checking the field name, so the body is consumed and the answer is clean.
    const bytes = await part.toBuffer();
    // `toBuffer` misses the limit when the cut falls on the last chunk it reads (seen over real
    // sockets): it then returns the first `maxBytes`, and a cut CSV would import half a file.
    if (part.file.truncated) throw fileTooLarge(options.maxBytes);
    if (part.fieldname !== options.field) {
      throw new LeadImportException(
        LeadImportErrorCode.FileMissing,
        `O arquivo veio no campo "${part.fieldname}"; envie-o no campo "${options.field}".`,
      );
    }
    return bytes;
  } catch (error) {
    throw toUploadException(error, options);
  }
}
