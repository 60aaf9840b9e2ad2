import { ValidationPipe, type ValidationError } from '@nestjs/common';
import type { FieldError } from '@loved/shared';
import { HttpErrorCode, HttpLayerException } from './http.exception';

function flatten(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** Global validation: unknown fields refused, values transformed, every bad field reported. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) =>
      new HttpLayerException(
        HttpErrorCode.ValidationFailed,
        'A requisição tem campos inválidos.',
        flatten(errors),
      ),
  });
}
