import { ValidationPipe } from '@nestjs/common';
import { toFieldErrors } from './field-errors.util';
import { HttpErrorCode, HttpLayerException } from './http.exception';

export const INVALID_FIELDS_DETAIL = 'The request has invalid fields.';

/** Global validation: unknown fields refused, values transformed, every bad field reported. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    // The target tells `toFieldErrors` which class a rule belongs to, to read its arguments;
    // neither it nor the rejected value is ever sent back.
    validationError: { target: true, value: false },
    exceptionFactory: (errors) =>
      new HttpLayerException(
        HttpErrorCode.ValidationFailed,
        INVALID_FIELDS_DETAIL,
        toFieldErrors(errors),
      ),
  });
}
