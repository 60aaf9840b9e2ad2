import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import {
  PLANS,
  type CreateOrganizationRequest,
  type OrganizationResponse,
  type Plan,
  type UpdateOrganizationRequest,
} from '@loved/shared';
import { Optional, SafeText, Trim } from '../../../core/http/validation';

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
}

export class OrganizationDto implements OrganizationResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty({ example: 'Agência Aurora' })
  name: string;
  @ApiProperty({ enum: PLANS })
  plan: Plan;
  @ApiProperty({ format: 'date-time' })
  created_at: string;
}
