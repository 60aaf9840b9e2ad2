import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsBoolean } from 'class-validator';

/**
 * A yes/no filter: `true`/`false` in a query string (where every value is text) or a JSON
 * boolean (a saved filter's body). Anything else stays as sent, so `IsBoolean` refuses it
 * instead of `Boolean('false')` quietly reading as true.
 */
export function QueryBoolean(): PropertyDecorator {
  return applyDecorators(
    Transform(({ value }: { value: unknown }) =>
      value === 'true' ? true : value === 'false' ? false : value,
    ),
    IsBoolean({ message: '$property must be true or false' }),
  );
}
