import { Injectable, Logger } from '@nestjs/common';
import { Channel } from '@loved/shared';
import { TenantContextService } from '../../../core/tenancy/tenant-context.service';
import { CommunicationsService } from '../../communications/communications.service';
import { parseMessageStatus } from '../webhook/message-status.util';
import type {
  WhatsAppMessageStatus,
  WhatsAppWebhookPayload,
} from '../webhook/whatsapp-webhook.type';
import { WhatsAppAccountService, type WhatsAppAccount } from '../whatsapp-account.service';
import { WhatsAppInboundService } from './whatsapp-inbound.service';

/**
 * Applies one stored webhook event: every message and every status of every entry and change.
 * Each update commits on its own; one that fails does not stop the others, and the event is
 * retried (idempotently) until all of them went through.
 */
@Injectable()
export class WhatsAppEventProcessor {
  private readonly logger = new Logger(WhatsAppEventProcessor.name);

  constructor(
    private readonly tenant: TenantContextService,
    private readonly accounts: WhatsAppAccountService,
    private readonly inbound: WhatsAppInboundService,
    private readonly communications: CommunicationsService,
  ) {}

  async process(organizationId: string, payload: WhatsAppWebhookPayload): Promise<void> {
    // Read (and its credentials opened) only if a message brings media to fetch.
    let account: Promise<WhatsAppAccount | null> | undefined;
    const accountOnce = (): Promise<WhatsAppAccount | null> =>
      (account ??= this.tenant.run({ organizationId }, () => this.accounts.find()));
    const failures: unknown[] = [];
    const attempt = async (work: () => Promise<void>): Promise<void> => {
      try {
        await work();
      } catch (error) {
        failures.push(error);
      }
    };
    for (const entry of payload.entry) {
      for (const change of entry.changes) {
        const value = change.value;
        for (const message of value.messages ?? []) {
          await attempt(() => this.inbound.receive(organizationId, message, value, accountOnce));
        }
        for (const status of value.statuses ?? []) {
          await attempt(() => this.applyStatus(organizationId, status));
        }
      }
    }
    if (failures.length > 0) {
      this.logger.warn(
        { orgId: organizationId, failed: failures.length, err: failures[0] },
        'some WhatsApp updates failed',
      );
      throw failures[0];
    }
  }

  private async applyStatus(organizationId: string, status: WhatsAppMessageStatus): Promise<void> {
    const parsed = parseMessageStatus(status);
    if (!parsed) return;
    await this.tenant.run({ organizationId }, () =>
      this.communications.applyStatus(Channel.WhatsApp, parsed.wamid, parsed.status, {
        at: parsed.at,
        error: parsed.error ?? undefined,
      }),
    );
  }
}
