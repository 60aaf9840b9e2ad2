import { ApiProperty } from '@nestjs/swagger';
import { IntegrationProvider, type Channel, type OrganizationFiguresResponse } from '@loved/shared';

class ChannelCountsDto implements Record<Channel, number> {
  @ApiProperty()
  whatsapp: number;
  @ApiProperty()
  email: number;
  @ApiProperty({ description: 'Phone calls' })
  voip: number;
  @ApiProperty()
  note: number;
}

class CommunicationFiguresDto {
  @ApiProperty()
  total: number;
  @ApiProperty({ description: 'Sent or received in the 24 hours before `generated_at`' })
  last_24h: number;
  @ApiProperty({ type: ChannelCountsDto, description: 'Every channel, zeros included' })
  by_channel: ChannelCountsDto;
}

class IntegrationFiguresDto {
  @ApiProperty()
  active: number;
  @ApiProperty({
    enum: Object.values(IntegrationProvider),
    isArray: true,
    description: 'Providers whose integration is active',
  })
  providers: IntegrationProvider[];
}

export class OrganizationFiguresDto implements OrganizationFiguresResponse {
  @ApiProperty({ type: CommunicationFiguresDto })
  communications: CommunicationFiguresDto;
  @ApiProperty({ type: IntegrationFiguresDto })
  integrations: IntegrationFiguresDto;
  @ApiProperty({ format: 'date-time' })
  generated_at: string;
}
