import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import {
  PLANS,
  type CreateOrganizationRequest,
  type OrganizationResponse,
  type Plan,
  type UpdateOrganizationRequest,
} from '@loved/shared';

const trim = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? value.trim() : value;

export class CreateOrganizationDto implements CreateOrganizationRequest {
  @ApiProperty({ example: 'Agência Aurora', maxLength: 120 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  name: string;
}

export class UpdateOrganizationDto implements UpdateOrganizationRequest {
  @ApiPropertyOptional({ example: 'Agência Aurora Digital', maxLength: 120 })
  @IsOptional()
  @Transform(trim)
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
