import { Injectable } from '@nestjs/common';
import type { WhatsAppWindowResponse } from '@loved/shared';
import { TenantContextService } from '../../../core/tenancy/tenant-context.service';

/** Meta's customer-service window: free-form messages only within 24 h of the last inbound. */
export const CUSTOMER_SERVICE_WINDOW_MS = 24 * 60 * 60 * 1000;

@Injectable()
export class WhatsAppWindowService {
  constructor(private readonly tenant: TenantContextService) {}

  /** For a lead the caller may see (checked by the caller). */
  async of(leadId: string, now = new Date()): Promise<WhatsAppWindowResponse> {
    // Walks the lead's timeline index backwards to the newest inbound WhatsApp message.
    const [row] = await this.tenant.manager.query<Array<{ sent_at: Date }>>(
      `SELECT sent_at FROM communications
        WHERE organization_id = $1 AND lead_id = $2 AND channel = 'whatsapp' AND direction = 'inbound'
        ORDER BY sent_at DESC, id DESC LIMIT 1`,
      [this.tenant.organizationId, leadId],
    );
    if (!row) return { open: false, last_inbound_at: null, closes_at: null };
    const closesAt = new Date(row.sent_at.getTime() + CUSTOMER_SERVICE_WINDOW_MS);
    return {
      open: closesAt > now,
      last_inbound_at: row.sent_at.toISOString(),
      closes_at: closesAt.toISOString(),
    };
  }
}
