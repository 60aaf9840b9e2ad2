import { Readable } from 'node:stream';
import { Inject, Injectable, Optional } from '@nestjs/common';
import { TenantContextService } from '../../core/tenancy/tenant-context.service';
import type { TenantIdentity } from '../../core/tenancy/tenant-context.type';
import type { ExportLeadsQueryDto } from './dto/lead.dto';
import { LeadAccessService } from './lead-access.service';
import { DEFAULT_LEAD_EXPORT_PAGE_SIZE, LEAD_EXPORT_PAGE_SIZE } from './lead-export.constant';
import { LEAD_EXPORT_HEADER, toLeadExportRow } from './lead-export.mapper';
import { LeadRepository } from './lead.repository';
import { LeadResponseService } from './lead-response.service';
import { toCsvLine } from './utils/csv-write.util';

type Keyset = { createdAt: string; id: string };
type ExportPage = { csv: string; after: Keyset | null };

/** Excel only reads the file as UTF-8 (accents intact) when it starts with a byte order mark. */
const UTF8_BOM = '\uFEFF';
const DELIMITER = ';';

/**
 * The leads the caller may see (under the list's filters) as CSV, streamed page by page (keyset on creation time and id) so
 * an organisation's whole base is never held in memory.
 */
@Injectable()
export class LeadExportService {
  constructor(
    private readonly tenant: TenantContextService,
    private readonly access: LeadAccessService,
    private readonly leads: LeadRepository,
    private readonly responses: LeadResponseService,
    @Optional()
    @Inject(LEAD_EXPORT_PAGE_SIZE)
    private readonly pageSize: number = DEFAULT_LEAD_EXPORT_PAGE_SIZE,
  ) {}

  /**
   * The first page is read now, in the request's transaction, so a failure still answers a
   * problem+json. The request's transaction commits when the handler returns, before the body
   * is sent, so each later page runs in a transaction of its own, as the same caller.
   */
  async stream(filters: ExportLeadsQueryDto = {}): Promise<Readable> {
    const identity: TenantIdentity = {
      organizationId: this.tenant.organizationId,
      userId: this.tenant.userId,
      role: this.tenant.role,
    };
    const first = await this.page(filters, null);
    return Readable.from(this.chunks(identity, filters, first), { objectMode: false });
  }

  private async *chunks(
    identity: TenantIdentity,
    filters: ExportLeadsQueryDto,
    first: ExportPage,
  ): AsyncGenerator<string> {
    yield `${UTF8_BOM}${toCsvLine(LEAD_EXPORT_HEADER, DELIMITER)}`;
    let page = first;
    for (;;) {
      if (page.csv !== '') yield page.csv;
      const after = page.after;
      if (!after) return;
      page = await this.tenant.run(identity, () => this.page(filters, after));
    }
  }

  private async page(filters: ExportLeadsQueryDto, after: Keyset | null): Promise<ExportPage> {
    const query = this.access.query(filters);
    const rows = await this.leads.exportPage(query, after, this.pageSize + 1);
    const page = rows.slice(0, this.pageSize);
    const last = page.at(-1);
    const leads = await this.responses.toResponses(page);
    return {
      csv: leads.map((lead) => toCsvLine(toLeadExportRow(lead), DELIMITER)).join(''),
      after:
        rows.length > this.pageSize && last
          ? { createdAt: last.createdAt.toISOString(), id: last.id }
          : null,
    };
  }
}
