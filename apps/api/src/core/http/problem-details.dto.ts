import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { FieldError, FieldErrorParams, ProblemDetails } from '@loved/shared';

class FieldErrorDto implements FieldError {
  @ApiProperty({ example: 'name', description: 'Dotted path of the field, e.g. `tags.0`' })
  field: string;

  @ApiProperty({
    example: 'maxLength',
    description:
      'The rule the value breaks: a class-validator constraint name (`isNotEmpty`, `isEmail`, ' +
      '`maxLength`, `isIn`, `isDefined` for a `null` where a value is required, ' +
      '`whitelistValidation` for an unknown field, …) or one of ours (`safeText`: holds a NUL ' +
      'character; `maxDepth`: nested too deep; `isDateTime`). Clients word the error from it.',
  })
  code: string;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: {
      oneOf: [
        { type: 'string' },
        { type: 'number' },
        { type: 'boolean' },
        { type: 'array', items: { oneOf: [{ type: 'string' }, { type: 'number' }] } },
      ],
    },
    example: { max: 120 },
    description:
      'Arguments of the rule, when it has any: `max` (`maxLength`, `max`, `arrayMaxSize`, ' +
      '`maxDepth`), `min` (`minLength`, `min`, `arrayMinSize`), `values` (`isIn`), `pattern` (`matches`)',
  })
  params?: FieldErrorParams;

  @ApiProperty({
    example: 'name must be shorter than or equal to 120 characters',
    description: 'English, for developers; not meant to be shown to people',
  })
  message: string;
}

/** OpenAPI shape of every error answer (`application/problem+json`, RFC 9457). */
export class ProblemDetailsDto implements ProblemDetails {
  @ApiProperty({ example: 'https://loved.crm/problems/validation-failed' })
  type: string;
  @ApiProperty({ example: 'Bad Request' })
  title: string;
  @ApiProperty({ example: 400 })
  status: number;
  @ApiProperty({
    example: 'The request has invalid fields.',
    description: 'English, for developers; clients word the error from `code`',
  })
  detail: string;
  @ApiPropertyOptional({ example: '/api/v1/leads' })
  instance?: string;
  @ApiPropertyOptional({ example: 'VALIDATION_FAILED' })
  code?: string;
  @ApiPropertyOptional({ type: [FieldErrorDto] })
  errors?: FieldErrorDto[];
}
