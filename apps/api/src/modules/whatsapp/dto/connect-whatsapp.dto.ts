import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches, MaxLength, MinLength } from 'class-validator';
import {
  IntegrationStatus,
  type ConnectWhatsAppRequest,
  type IntegrationError,
  type WhatsAppIntegrationResponse,
} from '@loved/shared';
import { Trim } from '../../../core/http/validation';
import { IntegrationErrorDto } from '../../integrations/dto/integration-error.dto';

/** Meta's ids are digits; anything URL-safe is accepted, since it only names a Graph path. */
const GRAPH_ID = /^[\w.-]{1,64}$/;

export class ConnectWhatsAppDto implements ConnectWhatsAppRequest {
  @ApiProperty({ example: '106540352242922', description: 'Phone number id from WhatsApp Manager' })
  @Trim()
  @Matches(GRAPH_ID, { message: 'must be the phone number id from Meta (letters, digits, _ . -)' })
  phone_number_id: string;

  @ApiProperty({ example: '102290129340398', description: 'WhatsApp Business Account id' })
  @Trim()
  @Matches(GRAPH_ID, {
    message: 'must be the WhatsApp Business Account id (letters, digits, _ . -)',
  })
  waba_id: string;

  @ApiProperty({ writeOnly: true, description: 'System user access token; never returned' })
  @IsString()
  @MinLength(1)
  @MaxLength(2048)
  access_token: string;

  @ApiProperty({
    writeOnly: true,
    description: "The Meta app's secret, to verify webhook signatures",
  })
  @IsString()
  @MinLength(1)
  @MaxLength(256)
  app_secret: string;

  @ApiProperty({
    writeOnly: true,
    description: 'The verify token typed in the Meta app webhook setup',
  })
  @IsString()
  @MinLength(1)
  @MaxLength(256)
  verify_token: string;

  @ApiProperty({ example: '+55 11 99999-9999' })
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(32)
  display_phone_number: string;
}

export class WhatsAppIntegrationDto implements WhatsAppIntegrationResponse {
  @ApiProperty({ enum: ['whatsapp'] }) provider: 'whatsapp';
  @ApiProperty({ enum: Object.values(IntegrationStatus) }) status: IntegrationStatus;
  @ApiProperty({ type: String, nullable: true }) phone_number_id: string | null;
  @ApiProperty({ type: String, nullable: true }) waba_id: string | null;
  @ApiProperty({ type: String, nullable: true }) display_phone_number: string | null;
  @ApiProperty({ type: String, nullable: true }) verified_name: string | null;
  @ApiProperty({ description: 'Callback URL to configure in the Meta app' }) webhook_url: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) connected_at: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) updated_at: string | null;
  @ApiProperty({ type: IntegrationErrorDto, nullable: true }) last_error: IntegrationError | null;
}
