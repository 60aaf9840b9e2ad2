import { Injectable } from '@nestjs/common';
import { Channel, type WhatsAppWindowResponse } from '@loved/shared';
import { CommunicationHistoryService } from '../../communications/communication-history.service';

/** Meta's customer-service window: free-form messages only within 24 h of the last inbound. */
export const CUSTOMER_SERVICE_WINDOW_MS = 24 * 60 * 60 * 1000;

@Injectable()
export class WhatsAppWindowService {
  constructor(private readonly history: CommunicationHistoryService) {}

  /** For a lead the caller may see (checked by the caller). */
  async of(leadId: string, now = new Date()): Promise<WhatsAppWindowResponse> {
    const lastInbound = await this.history.lastInboundAt(leadId, Channel.WhatsApp);
    if (!lastInbound) return { open: false, last_inbound_at: null, closes_at: null };
    const closesAt = new Date(lastInbound.getTime() + CUSTOMER_SERVICE_WINDOW_MS);
    return {
      open: closesAt > now,
      last_inbound_at: lastInbound.toISOString(),
      closes_at: closesAt.toISOString(),
    };
  }
}
