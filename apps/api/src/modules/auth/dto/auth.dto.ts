import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsNotEmpty, IsString, MaxLength, MinLength } from 'class-validator';
import {
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  type AuthResponse,
  type LoginRequest,
  type LogoutRequest,
  type MeResponse,
  type RefreshRequest,
  type RegisterRequest,
  type UserResponse,
} from '@loved/shared';
import { Optional, SafeText, Trim } from '../../../core/http/validation';
import { MembershipDto } from '../../organizations/dto/membership.dto';

export class RegisterDto implements RegisterRequest {
  @ApiProperty({ example: 'Ana Souza', maxLength: 120 })
  @Trim()
  @SafeText()
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  name: string;

  @ApiProperty({ example: 'ana@agencia.com.br' })
  @Trim({ lowercase: true })
  @IsEmail()
  @MaxLength(254)
  email: string;

  @ApiProperty({ minLength: PASSWORD_MIN_LENGTH, maxLength: PASSWORD_MAX_LENGTH })
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH)
  @MaxLength(PASSWORD_MAX_LENGTH)
  password: string;

  @ApiPropertyOptional({
    example: 'Agência Aurora',
    description: 'Creates this organisation with the user as admin',
  })
  @Optional()
  @Trim()
  @SafeText()
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  organization_name?: string;

  @ApiPropertyOptional({
    description: 'Joins the organisation of this invitation (sent to the same e-mail)',
  })
  @Optional()
  @IsString()
  @MaxLength(200)
  invitation_token?: string;
}

export class LoginDto implements LoginRequest {
  @ApiProperty({ example: 'demo@loved.crm' })
  @Trim({ lowercase: true })
  @IsEmail()
  @MaxLength(254)
  email: string;

  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(PASSWORD_MAX_LENGTH)
  password: string;
}

export class RefreshDto implements RefreshRequest {
  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  refresh_token: string;
}

export class LogoutDto extends RefreshDto implements LogoutRequest {}

export class UserDto implements UserResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty()
  name: string;
  @ApiProperty()
  email: string;
  @ApiProperty({ type: String, nullable: true })
  avatar_url: string | null;
  @ApiProperty({ format: 'date-time' })
  created_at: string;
}

export class AuthResponseDto implements AuthResponse {
  @ApiProperty({ description: 'JWT (HS256), valid for 15 minutes' })
  access_token: string;
  @ApiProperty({ enum: ['Bearer'] })
  token_type: 'Bearer';
  @ApiProperty({ example: 900 })
  expires_in: number;
  @ApiProperty({ description: 'Opaque; rotated on every use' })
  refresh_token: string;
  @ApiProperty({ type: UserDto })
  user: UserDto;
  @ApiProperty({ type: [MembershipDto] })
  memberships: MembershipDto[];
}

export class MeResponseDto implements MeResponse {
  @ApiProperty({ type: UserDto })
  user: UserDto;
  @ApiProperty({ type: [MembershipDto] })
  memberships: MembershipDto[];
}
