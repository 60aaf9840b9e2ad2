import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches, MaxLength, MinLength } from 'class-validator';
import {
  IntegrationStatus,
  type ConnectTwilioRequest,
  type IntegrationError,
  type TwilioIntegrationResponse,
} from '@loved/shared';
import { E164Phone, Trim } from '../../../core/http/validation';
import { IntegrationErrorDto } from '../../integrations/dto/integration-error.dto';

export class ConnectTwilioDto implements ConnectTwilioRequest {
  @ApiProperty({ example: 'AC0123456789abcdef0123456789abcdef', description: 'Account SID' })
  @Trim()
  @Matches(/^AC[0-9a-fA-F]{32}$/, { message: 'must be an Account SID: AC and 32 hex digits' })
  account_sid: string;

  @ApiProperty({ writeOnly: true, description: 'Auth token of the account; never returned' })
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(128)
  auth_token: string;

  @ApiProperty({ example: '+551140028922', description: 'The Twilio number calls use (E.164)' })
  @E164Phone()
  phone_number: string;

  @ApiProperty({ example: '+5511987654321', description: 'Where inbound calls ring (E.164)' })
  @E164Phone()
  agent_phone: string;
}

export class TwilioIntegrationDto implements TwilioIntegrationResponse {
  @ApiProperty({ enum: ['twilio'] }) provider: 'twilio';
  @ApiProperty({ enum: Object.values(IntegrationStatus) }) status: IntegrationStatus;
  @ApiProperty({ type: String, nullable: true }) account_sid: string | null;
  @ApiProperty({ type: String, nullable: true }) friendly_name: string | null;
  @ApiProperty({ type: String, nullable: true }) phone_number: string | null;
  @ApiProperty({ type: String, nullable: true }) agent_phone: string | null;
  @ApiProperty({ description: 'The number\'s "A call comes in" webhook (HTTP POST)' })
  voice_url: string;
  @ApiProperty({ description: "The number's call status callback (HTTP POST)" })
  status_callback_url: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) connected_at: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) updated_at: string | null;
  @ApiProperty({ type: IntegrationErrorDto, nullable: true }) last_error: IntegrationError | null;
}
