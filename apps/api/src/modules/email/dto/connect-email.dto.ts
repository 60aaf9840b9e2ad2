import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsObject,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  IntegrationStatus,
  MailAuthMethod,
  MailOAuthProvider,
  type ConnectEmailRequest,
  type EmailIntegrationResponse,
  type IntegrationError,
  type MailOAuth2Grant,
  type MailServerSettings,
} from '@loved/shared';
import { Optional, SafeText, Trim } from '../../../core/http/validation';
import { IntegrationErrorDto } from '../../integrations/dto/integration-error.dto';

/** A host name or IP literal: letters, digits, dots, dashes, colons (IPv6). */
const HOST = /^[A-Za-z0-9.:-]{1,253}$/;

export class MailServerDto implements MailServerSettings {
  @ApiProperty({ example: 'imap.example.com' })
  @Trim()
  @Matches(HOST, { message: 'host must be a host name or IP address' })
  host: string;

  @ApiProperty({ example: 993 })
  @IsInt()
  @Min(1)
  @Max(65535)
  port: number;

  @ApiProperty({ description: 'TLS from the start (993/465); false: STARTTLS when offered' })
  @IsBoolean()
  secure: boolean;

  @ApiProperty()
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(320)
  username: string;

  @ApiPropertyOptional({
    writeOnly: true,
    description: 'Password or app password (required with `password` auth); never returned',
  })
  @Optional()
  @IsString()
  @MinLength(1)
  @MaxLength(1024)
  password?: string;
}

export class MailOAuth2GrantDto implements MailOAuth2Grant {
  @ApiProperty({ enum: Object.values(MailOAuthProvider), description: 'Whose token endpoint' })
  @IsIn(Object.values(MailOAuthProvider))
  provider: MailOAuthProvider;

  @ApiProperty({ writeOnly: true, description: 'Access token with the mail scope; never returned' })
  @IsString()
  @MinLength(1)
  @MaxLength(4096)
  access_token: string;

  @ApiPropertyOptional({ minimum: 1, description: "Seconds the token lasts (the answer's)" })
  @Optional()
  @IsInt()
  @Min(1)
  @Max(31_536_000)
  expires_in?: number;

  @ApiPropertyOptional({ writeOnly: true, description: 'Lets the CRM renew the access token' })
  @Optional()
  @IsString()
  @MinLength(1)
  @MaxLength(4096)
  refresh_token?: string;

  @ApiPropertyOptional({ description: "The OAuth client's id (needed to renew)" })
  @Optional()
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(512)
  client_id?: string;

  @ApiPropertyOptional({ writeOnly: true, description: "The OAuth client's secret, if it has one" })
  @Optional()
  @IsString()
  @MinLength(1)
  @MaxLength(512)
  client_secret?: string;
}

export class ConnectEmailDto implements ConnectEmailRequest {
  @ApiProperty({ example: 'contato@agencia.com.br', maxLength: 64 })
  @Trim({ lowercase: true })
  @IsEmail()
  // The mailbox is the integration's account id, which webhooks and sync route by.
  @MaxLength(64)
  email_address: string;

  @ApiPropertyOptional({ example: 'Agência Azul' })
  @Optional()
  @Trim()
  @IsString()
  @SafeText()
  @MaxLength(100)
  display_name?: string;

  @ApiProperty({ type: MailServerDto })
  @IsObject()
  @ValidateNested()
  @Type(() => MailServerDto)
  imap: MailServerDto;

  @ApiProperty({ type: MailServerDto })
  @IsObject()
  @ValidateNested()
  @Type(() => MailServerDto)
  smtp: MailServerDto;

  @ApiPropertyOptional({
    enum: Object.values(MailAuthMethod),
    default: MailAuthMethod.Password,
    description: '`password`: each server its password; `oauth2`: the `oauth2` grant (XOAUTH2)',
  })
  @Optional()
  @IsIn(Object.values(MailAuthMethod))
  auth?: MailAuthMethod;

  @ApiPropertyOptional({ type: MailOAuth2GrantDto, description: 'Required with `oauth2` auth' })
  @ValidateIf((input: ConnectEmailDto) => input.auth === MailAuthMethod.OAuth2)
  @IsObject({ message: 'oauth2 is required with oauth2 auth' })
  @ValidateNested()
  @Type(() => MailOAuth2GrantDto)
  oauth2?: MailOAuth2GrantDto;

  @ApiPropertyOptional({ default: false })
  @Optional()
  @IsBoolean()
  create_leads_for_unknown_senders?: boolean;

  @ApiPropertyOptional({ default: 30, minimum: 1, maximum: 365 })
  @Optional()
  @IsInt()
  @Min(1)
  @Max(365)
  sync_days?: number;
}

export class EmailIntegrationDto implements EmailIntegrationResponse {
  @ApiProperty({ enum: ['email'] }) provider: 'email';
  @ApiProperty({ enum: Object.values(IntegrationStatus) }) status: IntegrationStatus;
  @ApiProperty({ type: String, nullable: true }) email_address: string | null;
  @ApiProperty({ type: String, nullable: true }) display_name: string | null;
  @ApiProperty({ enum: Object.values(MailAuthMethod) }) auth: MailAuthMethod;
  @ApiProperty({ enum: Object.values(MailOAuthProvider), nullable: true })
  oauth_provider: MailOAuthProvider | null;
  @ApiProperty({ type: String, nullable: true }) imap_host: string | null;
  @ApiProperty({ type: Number, nullable: true }) imap_port: number | null;
  @ApiProperty({ type: String, nullable: true }) smtp_host: string | null;
  @ApiProperty({ type: Number, nullable: true }) smtp_port: number | null;
  @ApiProperty() create_leads_for_unknown_senders: boolean;
  @ApiProperty() sync_days: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) connected_at: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) updated_at: string | null;
  @ApiProperty({ type: IntegrationErrorDto, nullable: true }) last_error: IntegrationError | null;
}
