import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsIn, IsString, MaxLength } from 'class-validator';
import {
  ROLES,
  type AcceptInvitationRequest,
  type CreateInvitationRequest,
  type InvitationResponse,
  type Role,
} from '@loved/shared';
import { Trim } from '../../../core/http/validation';

export class CreateInvitationDto implements CreateInvitationRequest {
  @ApiProperty({ example: 'carlos@agencia.com.br' })
  @Trim({ lowercase: true })
  @IsEmail()
  @MaxLength(254)
  email: string;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES)
  role: Role;
}

export class AcceptInvitationDto implements AcceptInvitationRequest {
  @ApiProperty({ description: 'The token from the invitation link' })
  @IsString()
  @MaxLength(200)
  token: string;
}

export class InvitationDto implements InvitationResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty({ format: 'uuid' })
  organization_id: string;
  @ApiProperty()
  email: string;
  @ApiProperty({ enum: ROLES })
  role: Role;
  @ApiProperty({ format: 'date-time' })
  expires_at: string;
  @ApiProperty({ description: 'Shown once: only its hash is stored' })
  token: string;
  @ApiProperty({ example: '/convite?token=…' })
  accept_path: string;
}
