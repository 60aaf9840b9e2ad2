import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { FieldError, ProblemDetails } from '@loved/shared';

class FieldErrorDto implements FieldError {
  @ApiProperty({ example: 'email' })
  field: string;
  @ApiProperty({ example: 'email must be an email' })
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
  @ApiProperty({ example: 'A requisição tem campos inválidos.' })
  detail: string;
  @ApiPropertyOptional({ example: '/api/v1/leads' })
  instance?: string;
  @ApiPropertyOptional({ example: 'VALIDATION_FAILED' })
  code?: string;
  @ApiPropertyOptional({ type: [FieldErrorDto] })
  errors?: FieldErrorDto[];
}
