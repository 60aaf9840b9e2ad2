import { Injectable } from '@nestjs/common';
import type { Channel, CommunicationResponse } from '@loved/shared';
import {
  InjectTenantRepository,
  type TenantScopedRepository,
} from '../../core/tenancy/tenant-scoped.repository';
import { CommunicationEntity } from './communication.entity';
import { toCommunicationResponse } from './communication.mapper';

/** Where a page of history ends: the oldest communication already read. */
export type HistoryPosition = { sentAt: string; id: string };

/**
 * A lead's communications of every channel, newest first, page by page: what readers of a
 * whole conversation (AI summaries) go through, stopping when they have enough. Reads
 * `idx_communications_timeline` backwards from the newest. The caller has checked that the
 * lead is one it may read.
 */
@Injectable()
export class CommunicationHistoryService {
  constructor(
    @InjectTenantRepository(CommunicationEntity)
    private readonly communications: TenantScopedRepository<CommunicationEntity>,
  ) {}

  async newestFirst(
    leadId: string,
    options: { before?: HistoryPosition; limit: number },
  ): Promise<CommunicationResponse[]> {
    const query = this.communications
      .createQueryBuilder('c')
      .andWhere('c.lead_id = :leadId', { leadId })
      .orderBy('c.sent_at', 'DESC')
      .addOrderBy('c.id', 'DESC')
      .limit(options.limit);
    if (options.before) {
      query.andWhere('(c.sent_at, c.id) < (:beforeSentAt, :beforeId)', {
        beforeSentAt: options.before.sentAt,
        beforeId: options.before.id,
      });
    }
    return (await query.getMany()).map(toCommunicationResponse);
  }

  /** When the lead last wrote on `channel` (the newest inbound), or null. */
  async lastInboundAt(leadId: string, channel: Channel): Promise<Date | null> {
    const newest = await this.communications
      .createQueryBuilder('c')
      .select(['c.sentAt', 'c.id'])
      .andWhere('c.lead_id = :leadId', { leadId })
      .andWhere('c.channel = :channel', { channel })
      .andWhere("c.direction = 'inbound'")
      .orderBy('c.sent_at', 'DESC')
      .addOrderBy('c.id', 'DESC')
      .limit(1)
      .getOne();
    return newest?.sentAt ?? null;
  }
}
