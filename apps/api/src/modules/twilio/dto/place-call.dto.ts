import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { PlaceCallRequest } from '@loved/shared';
import { E164Phone, Optional, ValidateUUID } from '../../../core/http/validation';

export class PlaceCallDto implements PlaceCallRequest {
  @ApiProperty({ format: 'uuid' })
  @ValidateUUID()
  lead_id: string;

  @ApiPropertyOptional({
    example: '+5511987654321',
    description: "The rep's phone to connect (E.164); defaults to the integration's agent phone",
  })
  @Optional()
  @E164Phone()
  agent_phone?: string;
}
