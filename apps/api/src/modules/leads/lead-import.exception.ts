import { AppException } from '../../core/http/app.exception';

export const LeadImportErrorCode = {
  NotMultipart: 'LEAD_IMPORT_NOT_MULTIPART',
  FileMissing: 'LEAD_IMPORT_FILE_MISSING',
  FileTooLarge: 'LEAD_IMPORT_FILE_TOO_LARGE',
  MalformedUpload: 'LEAD_IMPORT_MALFORMED_UPLOAD',
  EmptyFile: 'LEAD_IMPORT_EMPTY_FILE',
  MalformedCsv: 'LEAD_IMPORT_MALFORMED_CSV',
  NoNameColumn: 'LEAD_IMPORT_NO_NAME_COLUMN',
  TooManyRows: 'LEAD_IMPORT_TOO_MANY_ROWS',
} as const;
export type LeadImportErrorCode = (typeof LeadImportErrorCode)[keyof typeof LeadImportErrorCode];

const STATUS: Record<LeadImportErrorCode, number> = {
  LEAD_IMPORT_NOT_MULTIPART: 415,
  LEAD_IMPORT_FILE_MISSING: 400,
  LEAD_IMPORT_FILE_TOO_LARGE: 413,
  LEAD_IMPORT_MALFORMED_UPLOAD: 400,
  LEAD_IMPORT_EMPTY_FILE: 400,
  LEAD_IMPORT_MALFORMED_CSV: 400,
  LEAD_IMPORT_NO_NAME_COLUMN: 400,
  LEAD_IMPORT_TOO_MANY_ROWS: 400,
};

/** Problems with the file as a whole; a bad row is reported in the result instead. */
export class LeadImportException extends AppException<LeadImportErrorCode> {
  get status(): number {
    return STATUS[this.code];
  }
}
