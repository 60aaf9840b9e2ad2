import { FieldAppException } from '../../core/http/app.exception';

export const SavedFilterErrorCode = {
  NotFound: 'SAVED_FILTER_NOT_FOUND',
  Exists: 'SAVED_FILTER_EXISTS',
} as const;
export type SavedFilterErrorCode = (typeof SavedFilterErrorCode)[keyof typeof SavedFilterErrorCode];

const STATUS: Record<SavedFilterErrorCode, number> = {
  SAVED_FILTER_NOT_FOUND: 404,
  SAVED_FILTER_EXISTS: 409,
};

export class SavedFilterException extends FieldAppException<SavedFilterErrorCode> {
  get status(): number {
    return STATUS[this.code];
  }

  static notFound(): SavedFilterException {
    return new SavedFilterException(SavedFilterErrorCode.NotFound, 'Saved filter not found.');
  }

  static exists(): SavedFilterException {
    return new SavedFilterException(
      SavedFilterErrorCode.Exists,
      'You already have a saved filter with this name.',
      'name',
    );
  }
}
