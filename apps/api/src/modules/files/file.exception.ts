import { FieldAppException } from '../../core/http/app.exception';

export const FileErrorCode = {
  NotFound: 'FILE_NOT_FOUND',
  TooLarge: 'FILE_TOO_LARGE',
  NotMultipart: 'FILE_NOT_MULTIPART',
  Missing: 'FILE_MISSING',
  MalformedUpload: 'FILE_MALFORMED_UPLOAD',
  InvalidLink: 'FILE_INVALID_LINK',
  LinkNotFound: 'FILE_LINK_NOT_FOUND',
  RangeNotSatisfiable: 'FILE_RANGE_NOT_SATISFIABLE',
  IntegrityFailed: 'FILE_INTEGRITY_FAILED',
  ContentUnavailable: 'FILE_CONTENT_UNAVAILABLE',
  SourceFailed: 'FILE_SOURCE_FAILED',
  SourceTimeout: 'FILE_SOURCE_TIMEOUT',
} as const;
export type FileErrorCode = (typeof FileErrorCode)[keyof typeof FileErrorCode];

const STATUS: Record<FileErrorCode, number> = {
  FILE_NOT_FOUND: 404,
  FILE_TOO_LARGE: 413,
  FILE_NOT_MULTIPART: 415,
  FILE_MISSING: 400,
  FILE_MALFORMED_UPLOAD: 400,
  FILE_INVALID_LINK: 400,
  FILE_LINK_NOT_FOUND: 404,
  FILE_RANGE_NOT_SATISFIABLE: 416,
  // The store handed back bytes that do not authenticate: our fault, and worth an alert.
  FILE_INTEGRITY_FAILED: 500,
  FILE_CONTENT_UNAVAILABLE: 500,
  FILE_SOURCE_FAILED: 502,
  FILE_SOURCE_TIMEOUT: 504,
};

const megabytes = (bytes: number): string => `${Math.round(bytes / (1024 * 1024))} MB`;

/** Errors of the files module; messages are English, the SPA translates by code. */
export class FileException extends FieldAppException<FileErrorCode> {
  get status(): number {
    return STATUS[this.code];
  }

  static notFound(): FileException {
    return new FileException(FileErrorCode.NotFound, 'File not found.');
  }

  static tooLarge(maxBytes: number): FileException {
    return new FileException(
      FileErrorCode.TooLarge,
      `The file is larger than ${megabytes(maxBytes)}, the largest size accepted.`,
    );
  }

  static notMultipart(field: string): FileException {
    return new FileException(
      FileErrorCode.NotMultipart,
      `Send the file as multipart/form-data in the field "${field}".`,
    );
  }

  static missing(field: string): FileException {
    return new FileException(
      FileErrorCode.Missing,
      `No file was sent in the field "${field}".`,
      field,
    );
  }

  static malformedUpload(): FileException {
    return new FileException(
      FileErrorCode.MalformedUpload,
      'The upload arrived incomplete or malformed. Try again.',
    );
  }

  static invalidLink(field: string): FileException {
    return new FileException(FileErrorCode.InvalidLink, `${field} must be a UUID.`, field);
  }

  static linkNotFound(): FileException {
    return new FileException(
      FileErrorCode.LinkNotFound,
      'The lead or communication to attach the file to was not found.',
    );
  }

  static rangeNotSatisfiable(size: number): FileException {
    return new FileException(
      FileErrorCode.RangeNotSatisfiable,
      `The requested range is outside the file (${size} bytes).`,
      undefined,
      { 'content-range': `bytes */${size}` },
    );
  }

  static integrityFailed(): FileException {
    return new FileException(
      FileErrorCode.IntegrityFailed,
      'The stored file failed its integrity check (it was modified or corrupted in storage), so it was not sent.',
    );
  }

  static contentUnavailable(): FileException {
    return new FileException(
      FileErrorCode.ContentUnavailable,
      'The content of this file cannot be read from storage.',
    );
  }

  static sourceFailed(detail: string): FileException {
    return new FileException(
      FileErrorCode.SourceFailed,
      `The file could not be fetched: ${detail}.`,
    );
  }

  static sourceTimeout(): FileException {
    return new FileException(FileErrorCode.SourceTimeout, 'Fetching the file took too long.');
  }
}
