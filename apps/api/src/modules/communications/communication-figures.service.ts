import { Injectable } from '@nestjs/common';
import { CHANNELS, type Channel } from '@loved/shared';
import {
  InjectTenantRepository,
  type TenantScopedRepository,
} from '../../core/tenancy/tenant-scoped.repository';
import { CommunicationEntity } from './communication.entity';

export type CommunicationFigures = {
  total: number;
  last24h: number;
  byChannel: Record<Channel, number>;
};

const DAY_MS = 24 * 60 * 60 * 1000;

/** How much the organisation communicates: counts for the monitoring figures. */
@Injectable()
export class CommunicationFiguresService {
  constructor(
    @InjectTenantRepository(CommunicationEntity)
    private readonly communications: TenantScopedRepository<CommunicationEntity>,
  ) {}

  /**
   * One grouped count over the organisation's communications. "Last 24 hours" goes by when the
   * message was sent or received (`sent_at`), not when it was stored: a mailbox's first sync
   * imports weeks of e-mail at once.
   */
  async count(now: Date): Promise<CommunicationFigures> {
    const rows = await this.communications
      .createQueryBuilder('c')
      .select('c.channel', 'channel')
      .addSelect('count(*)::int', 'total')
      .addSelect('(count(*) FILTER (WHERE c.sent_at > :since))::int', 'last_24h')
      .setParameter('since', new Date(now.getTime() - DAY_MS))
      .groupBy('c.channel')
      .getRawMany<{ channel: Channel; total: number; last_24h: number }>();
    const byChannel = Object.fromEntries(CHANNELS.map((channel) => [channel, 0])) as Record<
      Channel,
      number
    >;
    let total = 0;
    let last24h = 0;
    for (const row of rows) {
      byChannel[row.channel] = row.total;
      total += row.total;
      last24h += row.last_24h;
    }
    return { total, last24h, byChannel };
  }
}
