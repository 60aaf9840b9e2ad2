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
import { CommunicationEntity } from './communication.entity';
import { toCommunicationResponse } from './communication.mapper';

/** Markers no message contains; replaced by <mark> after the snippet is HTML-escaped. */
const START = '\u0002';
const STOP = '\u0003';

/** The indexed document: the same expression as idx_communications_search, so the index is used. */
const DOCUMENT = `(to_tsvector('portuguese', coalesce(c.subject, '') || ' ' || c.content) || to_tsvector('pt_unaccent', coalesce(c.subject, '') || ' ' || c.content))`;

type SearchRow = {
  id: string;
  lead_id: string;
  lead_name: string;
  rank: number;
  snippet: string;
};

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Full-text search over the organisation's communications (Portuguese stemming, accents
 * ignored), ranked, with the lead's name and a highlighted snippet. Pages by offset: ranks
 * are not stable keys.
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
    const params: unknown[] = [this.tenant.organizationId, q];
    const agentFilter = this.access.isAgent
      ? `AND (l.assigned_user_id = $${params.push(this.access.userId)} OR l.assigned_user_id IS NULL)`
      : '';
    // Raw SQL (ranking and headlines); scoped by organization_id here and by RLS underneath.
    const rows = await this.tenant.manager.query<SearchRow[]>(
      `SELECT c.id, c.lead_id, l.name AS lead_name,
              ts_rank(${DOCUMENT}, q.query) AS rank,
              ts_headline('portuguese', coalesce(c.subject, '') || ' ' || c.content, q.query,
                          'StartSel=${START}, StopSel=${STOP}, MaxWords=30, MinWords=8, MaxFragments=2') AS snippet
         FROM communications c
         JOIN leads l ON l.organization_id = c.organization_id AND l.id = c.lead_id,
              LATERAL (SELECT websearch_to_tsquery('portuguese', $2) || websearch_to_tsquery('pt_unaccent', $2) AS query) q
        WHERE c.organization_id = $1
          AND ${DOCUMENT} @@ q.query
          ${agentFilter}
        ORDER BY rank DESC, c.sent_at DESC, c.id
        LIMIT $${params.push(limit + 1)} OFFSET $${params.push(offset)}`,
      params,
    );
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
              .replaceAll(START, '<mark>')
              .replaceAll(STOP, '</mark>'),
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
