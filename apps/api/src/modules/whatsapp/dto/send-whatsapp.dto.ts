import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsArray,
  IsObject,
  IsString,
  Matches,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import type {
  SendWhatsAppRequest,
  WhatsAppTemplate,
  WhatsAppTemplateComponent,
  WhatsAppWindowResponse,
} from '@loved/shared';
import { Optional, SafeText, ValidateUUID } from '../../../core/http/validation';

/** Longest text WhatsApp accepts in one message. */
export const WHATSAPP_TEXT_MAX_LENGTH = 4096;

export class WhatsAppTemplateRefDto {
  @ApiProperty({ example: 'hello_world' })
  @IsString()
  @Matches(/^[a-z0-9_]{1,512}$/, { message: 'must be a template name (lower case, digits, _)' })
  name: string;

  @ApiProperty({ example: 'pt_BR' })
  @IsString()
  @Matches(/^[a-z]{2,3}(_[A-Za-z]{2,4})?$/, { message: 'must be a language code like pt_BR' })
  language: string;

  @ApiPropertyOptional({
    type: 'array',
    items: { type: 'object' },
    description: "Meta's template components (header/body/button parameters)",
  })
  @Optional()
  @IsArray()
  @IsObject({ each: true })
  components?: WhatsAppTemplateComponent[];
}

export class SendWhatsAppDto implements SendWhatsAppRequest {
  @ApiProperty({ format: 'uuid' })
  @ValidateUUID()
  lead_id: string;

  @ApiPropertyOptional({ maxLength: WHATSAPP_TEXT_MAX_LENGTH })
  @Optional()
  @IsString()
  @SafeText()
  @MinLength(1)
  @MaxLength(WHATSAPP_TEXT_MAX_LENGTH)
  text?: string;

  @ApiPropertyOptional({ type: WhatsAppTemplateRefDto })
  @Optional()
  @ValidateNested()
  @Type(() => WhatsAppTemplateRefDto)
  template?: WhatsAppTemplateRefDto;

  @ApiPropertyOptional({ format: 'uuid', description: 'An uploaded file, sent as media' })
  @Optional()
  @ValidateUUID()
  file_id?: string;

  @ApiPropertyOptional({ maxLength: 1024, description: 'Caption of the media (with file_id)' })
  @Optional()
  @IsString()
  @SafeText()
  @MaxLength(1024)
  caption?: string;
}

export class WhatsAppWindowQueryDto {
  @ApiProperty({ format: 'uuid' })
  @ValidateUUID()
  lead_id: string;
}

export class WhatsAppWindowDto implements WhatsAppWindowResponse {
  @ApiProperty({ description: 'Free text may be sent (an inbound message in the last 24 h)' })
  open: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) last_inbound_at:
    string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) closes_at: string | null;
}

export class WhatsAppTemplateDto implements WhatsAppTemplate {
  @ApiProperty() name: string;
  @ApiProperty() language: string;
  @ApiProperty({ type: String, nullable: true }) category: string | null;
  @ApiProperty() status: string;
  @ApiProperty({ type: 'array', items: { type: 'object' } })
  components: WhatsAppTemplateComponent[];
}

export class WhatsAppTemplateListDto {
  @ApiProperty({ type: [WhatsAppTemplateDto] }) items: WhatsAppTemplateDto[];
}
