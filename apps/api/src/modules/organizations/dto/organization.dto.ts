import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength, ValidateBy } from 'class-validator';
import {
  PLANS,
  type CreateOrganizationRequest,
  type OrganizationResponse,
  type Plan,
  type UpdateOrganizationRequest,
} from '@loved/shared';
import { Optional, SafeText, Trim } from '../../../core/http/validation';
import { isTimeZone } from '../utils/time-zone.util';

export class CreateOrganizationDto implements CreateOrganizationRequest {
  @ApiProperty({ example: 'Agência Aurora', maxLength: 120 })
  @Trim()
  @SafeText()
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  name: string;
}

export class UpdateOrganizationDto implements UpdateOrganizationRequest {
  @ApiPropertyOptional({ example: 'Agência Aurora Digital', maxLength: 120 })
  @Optional()
  @Trim()
  @SafeText()
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  name?: string;

  @ApiPropertyOptional({
    example: 'America/Sao_Paulo',
    description: 'An IANA time zone name: "today" and due dates are read in it',
  })
  @Optional()
  @Trim()
  @ValidateBy({
    name: 'isTimeZone',
    validator: {
      validate: isTimeZone,
      defaultMessage: () => 'time_zone must be an IANA time zone such as America/Sao_Paulo',
    },
  })
  time_zone?: string;
}

export class OrganizationDto implements OrganizationResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty({ example: 'Agência Aurora' })
  name: string;
  @ApiProperty({ enum: PLANS })
  plan: Plan;
  @ApiProperty({ example: 'America/Sao_Paulo', description: 'IANA time zone' })
  time_zone: string;
  @ApiProperty({ format: 'date-time' })
  created_at: string;
}
