import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsEmail, IsString, MaxLength, MinLength } from 'class-validator';
import type { SendEmailRequest } from '@loved/shared';
import { Optional, SafeText, Trim, ValidateUUID } from '../../../core/http/validation';

const BODY_MAX = 500_000;

export class SendEmailDto implements SendEmailRequest {
  @ApiProperty({ format: 'uuid' })
  @ValidateUUID()
  lead_id: string;

  @ApiProperty({ example: 'Proposta de site', maxLength: 500 })
  @Trim()
  @IsString()
  @SafeText()
  @MinLength(1)
  @MaxLength(500)
  subject: string;

  @ApiPropertyOptional({ description: 'HTML body; at least one of body_html and body_text' })
  @Optional()
  @IsString()
  @SafeText()
  @MaxLength(BODY_MAX)
  body_html?: string;

  @ApiPropertyOptional()
  @Optional()
  @IsString()
  @SafeText()
  @MaxLength(BODY_MAX)
  body_text?: string;

  @ApiPropertyOptional({ type: [String], example: ['financeiro@cliente.com.br'] })
  @Optional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsEmail({}, { each: true })
  cc?: string[];

  @ApiPropertyOptional({ type: [String] })
  @Optional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsEmail({}, { each: true })
  bcc?: string[];

  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'Uploaded files to attach' })
  @Optional()
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateUUID({ each: true })
  file_ids?: string[];

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Id of an e-mail communication of the lead this answers (threads the reply)',
  })
  @ValidateUUID({ optional: true })
  in_reply_to?: string;
}
