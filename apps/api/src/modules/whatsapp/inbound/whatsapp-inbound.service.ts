import { Injectable } from '@nestjs/common';
import {
  Channel,
  CommunicationStatus,
  Direction,
  type CommunicationAttachment,
} from '@loved/shared';
import { TenantContextService } from '../../../core/tenancy/tenant-context.service';
import {
  CommunicationsService,
  type RecordedCommunication,
} from '../../communications/communications.service';
import { LeadByPhoneService } from '../../leads/lead-by-phone.service';
import type { LeadEntity } from '../../leads/lead.entity';
import { normalizePhone, type NormalizedPhone } from '../../leads/utils/lead-phone.util';
import { parseInboundMessage, type ParsedInboundMessage } from '../webhook/inbound-message.util';
import type {
  WhatsAppInboundMessage,
  WhatsAppWebhookValue,
} from '../webhook/whatsapp-webhook.type';
import type { WhatsAppAccount } from '../whatsapp-account.service';
import { WhatsAppMediaService } from './whatsapp-media.service';

/**
 * One inbound message into its lead's timeline: the sender's lead (found by number, or created
 * from the contact profile), the message recorded once however often Meta delivers it, and its
 * media fetched and attached.
 */
@Injectable()
export class WhatsAppInboundService {
  constructor(
    private readonly tenant: TenantContextService,
    private readonly leads: LeadByPhoneService,
    private readonly communications: CommunicationsService,
    private readonly media: WhatsAppMediaService,
  ) {}

  async receive(
    organizationId: string,
    message: WhatsAppInboundMessage,
    value: WhatsAppWebhookValue,
    account: () => Promise<WhatsAppAccount | null>,
  ): Promise<void> {
    const parsed = parseInboundMessage(message, value.contacts ?? [], value.metadata);
    const phone = senderPhone(parsed.waId);
    const identity = { organizationId };
    const { communication } =
      (await this.tenant.run(identity, async () => {
        const lead = await this.leads.find(phone);
        return lead ? this.record(lead, parsed) : null;
      })) ?? (await this.recordForNewSender(identity, phone, parsed));
    const missingFile = communication.attachments.some((a) => a.file_id === null);
    if (!parsed.media || !missingFile) return;
    const connected = await account();
    // Disconnected since: the message stays with its placeholder attachment.
    if (connected) await this.media.attach(organizationId, connected, communication, parsed.media);
  }

  /**
   * The sender's lead is created in a short transaction of its own first (normally there is
   * one, found above), so the column lock creating takes is not held while the message is
   * recorded.
   */
  private async recordForNewSender(
    identity: { organizationId: string },
    phone: NormalizedPhone,
    parsed: ParsedInboundMessage,
  ): Promise<RecordedCommunication> {
    const { lead } = await this.tenant.run(identity, () =>
      this.leads.findOrCreate(phone, { name: parsed.contactName, source: 'whatsapp' }),
    );
    return this.tenant.run(identity, () => this.record(lead, parsed));
  }

  private async record(
    lead: LeadEntity,
    parsed: ParsedInboundMessage,
  ): Promise<RecordedCommunication> {
    return this.communications.record(
      {
        leadId: lead.id,
        channel: Channel.WhatsApp,
        direction: Direction.Inbound,
        content: parsed.content,
        metadata: await this.linkReaction(parsed),
        attachments: parsed.media ? [placeholderOf(parsed.media)] : [],
        externalId: parsed.wamid,
        status: CommunicationStatus.Delivered,
        sentAt: parsed.sentAt,
        // Meta sends statuses only for messages the business sent.
        awaitsStatuses: false,
      },
      lead,
    );
  }

  /** A reaction points at the communication it reacts to, when that message is known. */
  private async linkReaction(parsed: ParsedInboundMessage): Promise<Record<string, unknown>> {
    if (!parsed.reactionTo) return parsed.metadata;
    const reacted = await this.communications.idOfExternal(Channel.WhatsApp, parsed.reactionTo);
    const reaction = (parsed.metadata.reaction ?? {}) as Record<string, unknown>;
    return { ...parsed.metadata, reaction: { ...reaction, communication_id: reacted } };
  }
}

/** WhatsApp ids are digits without "+"; one that is no phone number still keys a lead. */
function senderPhone(waId: string): NormalizedPhone {
  const digits = waId.replace(/\D/g, '');
  return normalizePhone(`+${digits}`) ?? { e164: `+${digits}`, matchKey: `+${digits}` };
}

function placeholderOf(media: NonNullable<ParsedInboundMessage['media']>): CommunicationAttachment {
  return {
    file_id: null,
    name: media.filename ?? media.kind,
    content_type: media.mimeType ?? 'application/octet-stream',
    size_bytes: null,
  };
}
