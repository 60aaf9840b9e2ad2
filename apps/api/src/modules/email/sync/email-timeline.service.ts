import { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { Channel, CommunicationStatus } from '@loved/shared';
import { TenantContextService } from '../../../core/tenancy/tenant-context.service';
import { CommunicationsService } from '../../communications/communications.service';
import { FileIngestService } from '../../files/file-ingest.service';
import type { LeadEntity } from '../../leads/lead.entity';
import type { InboundEmail } from './inbound-email.util';

/**
 * Records a received e-mail on a lead, once (by Message-ID), with its attachments stored
 * encrypted, in one transaction: nothing is half-recorded.
 */
@Injectable()
export class EmailTimelineService {
  constructor(
    private readonly tenant: TenantContextService,
    private readonly communications: CommunicationsService,
    private readonly files: FileIngestService,
  ) {}

  /** True when it was new. */
  record(
    identity: { organizationId: string },
    lead: LeadEntity,
    email: InboundEmail,
  ): Promise<boolean> {
    return this.tenant.run(identity, async () => {
      const { communication, created } = await this.communications.record(
        {
          leadId: lead.id,
          channel: Channel.Email,
          direction: email.direction,
          subject: email.subject,
          content: email.text,
          metadata: email.metadata,
          externalId: email.messageId,
          status: CommunicationStatus.Delivered,
          sentAt: email.sentAt,
          awaitsStatuses: false,
        },
        lead,
      );
      if (!created || email.attachments.length === 0) return created;
      const stored = [];
      for (const attachment of email.attachments) {
        const file = await this.files.storeStream({
          source: Readable.from(attachment.content),
          filename: attachment.filename,
          declaredContentType: attachment.contentType,
          communicationId: communication.id,
          leadId: lead.id,
          metadata: { source: 'email', message_id: email.messageId },
        });
        stored.push({
          file_id: file.id,
          name: file.filename,
          content_type: file.content_type,
          size_bytes: file.size_bytes,
        });
      }
      await this.communications.setAttachments(communication.id, stored);
      return true;
    });
  }
}
