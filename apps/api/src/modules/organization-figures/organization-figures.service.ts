import { Injectable } from '@nestjs/common';
import type { OrganizationFiguresResponse } from '@loved/shared';
import { CommunicationFiguresService } from '../communications/communication-figures.service';
import { IntegrationsService } from '../integrations/integrations.service';

/** The current organisation's monitoring figures: its communications and live integrations. */
@Injectable()
export class OrganizationFiguresService {
  constructor(
    private readonly communications: CommunicationFiguresService,
    private readonly integrations: IntegrationsService,
  ) {}

  async current(): Promise<OrganizationFiguresResponse> {
    const now = new Date();
    // One transaction (the request's): run one after the other on its connection.
    const communications = await this.communications.count(now);
    const providers = await this.integrations.activeProviders();
    return {
      communications: {
        total: communications.total,
        last_24h: communications.last24h,
        by_channel: communications.byChannel,
      },
      integrations: { active: providers.length, providers },
      generated_at: now.toISOString(),
    };
  }
}
