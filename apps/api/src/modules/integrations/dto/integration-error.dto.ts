import { ApiProperty } from '@nestjs/swagger';
import type { IntegrationError } from '@loved/shared';

/** Why an integration needs the admin's attention (e.g. the provider refused its token). */
export class IntegrationErrorDto implements IntegrationError {
  @ApiProperty() code: string;
  @ApiProperty() message: string;
  @ApiProperty({ format: 'date-time' }) occurred_at: string;
}
