import { Injectable } from '@nestjs/common';
import type { CommunicationSearchHit, ListEnvelope } from '@loved/shared';
import { decodeCursor } from '../../core/http/keyset-cursor';
import { toKeysetPage } from '../../core/http/keyset-page';
import { In } from 'typeorm';
import { TenantContextService } from '../../core/tenancy/tenant-context.service';
import {
  InjectTenantRepository,
  type TenantScopedRepository,
} from '../../core/tenancy/tenant-scoped.repository';
import { LeadAccessService } from '../leads/lead-access.service';
import { SEARCH_CANDIDATES } from './communication-search.constant';
import { CommunicationEntity } from './communication.entity';
import { toCommunicationResponse } from './communication.mapper';
import {
  communicationSearchQuery,
  HIGHLIGHT_START,
  HIGHLIGHT_STOP,
  type CommunicationSearchRow,
} from './utils/communication-search-query.util';

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Full-text search over the organisation's communications (Portuguese stemming, accents
 * ignored), with the lead's name and a highlighted snippet. The newest SEARCH_CANDIDATES
 * matches are ranked, so a word found in every other message answers as fast as a rare one;
 * pages by offset within that ranking (ranks are not stable keys).
 */
@Injectable()
export class CommunicationSearchService {
  constructor(
    private readonly tenant: TenantContextService,
    private readonly access: LeadAccessService,
    @InjectTenantRepository(CommunicationEntity)
    private readonly communications: TenantScopedRepository<CommunicationEntity>,
  ) {}

  async search(
    q: string,
    cursor: string | undefined,
    limit: number,
  ): Promise<ListEnvelope<CommunicationSearchHit>> {
    const [offset] = cursor ? decodeCursor(cursor, ['int']) : [0];
    const { sql, params } = communicationSearchQuery({
      organizationId: this.tenant.organizationId,
      q,
      candidates: SEARCH_CANDIDATES,
      agent: this.access.isAgent ? { userId: this.access.userId } : null,
      take: limit + 1,
      offset,
    });
    const rows = await this.tenant.manager.query<CommunicationSearchRow[]>(sql, params);
    const page = toKeysetPage(rows, limit, () => [offset + limit]);
    const communications = await this.load(page.rows.map((r) => r.id));
    return {
      items: page.rows.flatMap((row) => {
        const communication = communications.get(row.id);
        if (!communication) return [];
        return [
          {
            communication: toCommunicationResponse(communication),
            lead: { id: row.lead_id, name: row.lead_name },
            snippet: escapeHtml(row.snippet)
              .replaceAll(HIGHLIGHT_START, '<mark>')
              .replaceAll(HIGHLIGHT_STOP, '</mark>'),
            rank: Number(row.rank),
          },
        ];
      }),
      next_cursor: page.next_cursor,
    };
  }

  private async load(ids: string[]): Promise<Map<string, CommunicationEntity>> {
    if (ids.length === 0) return new Map();
    return new Map((await this.communications.findBy({ id: In(ids) })).map((c) => [c.id, c]));
  }
}
