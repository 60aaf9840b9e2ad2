import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  ArrayUnique,
  IsArray,
  IsIn,
  IsString,
  MaxLength,
  MinLength,
} from 'class-validator';
import {
  API_KEY_SCOPES,
  type ApiKeyResponse,
  type ApiKeyScope,
  type CreateApiKeyRequest,
  type CreatedApiKeyResponse,
} from '@loved/shared';
import { IsInstant } from '../../../core/http/is-instant';
import { Optional, SafeText, Trim } from '../../../core/http/validation';

const NAME_MAX = 100;

export class CreateApiKeyDto implements CreateApiKeyRequest {
  @ApiProperty({ example: 'Formulário do site', maxLength: NAME_MAX })
  @Trim()
  @IsString()
  @SafeText()
  @MinLength(1)
  @MaxLength(NAME_MAX)
  name: string;

  @ApiProperty({ enum: API_KEY_SCOPES, isArray: true, example: ['leads:read', 'leads:write'] })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(API_KEY_SCOPES.length)
  @ArrayUnique()
  @IsIn(API_KEY_SCOPES, { each: true })
  scopes: ApiKeyScope[];

  @ApiPropertyOptional({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'When the key stops working; without it, it lasts until revoked',
  })
  @Optional({ nullable: true })
  @IsInstant()
  expires_at?: string | null;
}

class ApiKeyCreatorDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
}

export class ApiKeyDto implements ApiKeyResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ example: 'lcrm_AbCd1234', description: 'The start of the secret' })
  prefix: string;
  @ApiProperty({ enum: API_KEY_SCOPES, isArray: true }) scopes: ApiKeyScope[];
  @ApiProperty({ type: ApiKeyCreatorDto, nullable: true }) created_by: ApiKeyCreatorDto | null;
  @ApiProperty({ format: 'date-time' }) created_at: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) expires_at: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) last_used_at: string | null;
}

export class CreatedApiKeyDto extends ApiKeyDto implements CreatedApiKeyResponse {
  @ApiProperty({
    example: 'lcrm_2f9c…',
    description:
      'The secret, shown only in this answer: send it as `Authorization: Bearer <secret>`',
  })
  secret: string;
}

export class ApiKeyListDto {
  @ApiProperty({ type: [ApiKeyDto] }) items: ApiKeyDto[];
  @ApiProperty({ type: String, nullable: true }) next_cursor: string | null;
}
