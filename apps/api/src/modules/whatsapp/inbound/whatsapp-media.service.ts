import { Injectable } from '@nestjs/common';
import type { CommunicationResponse } from '@loved/shared';
import { TenantContextService } from '../../../core/tenancy/tenant-context.service';
import { CommunicationsService } from '../../communications/communications.service';
import { FileIngestService } from '../../files/file-ingest.service';
import { GraphApiClient } from '../graph/graph-api.client';
import type { ParsedInboundMessage } from '../webhook/inbound-message.util';
import { WhatsAppAccountService, type WhatsAppAccount } from '../whatsapp-account.service';

type InboundMedia = NonNullable<ParsedInboundMessage['media']>;

/**
 * Brings an inbound message's media home: asks Graph for the media's short-lived URL, downloads
 * it with the number's token, stores it encrypted through the files service and attaches it to
 * the message. A failure leaves the message with its placeholder attachment, to be retried.
 */
@Injectable()
export class WhatsAppMediaService {
  constructor(
    private readonly tenant: TenantContextService,
    private readonly graph: GraphApiClient,
    private readonly accounts: WhatsAppAccountService,
    private readonly files: FileIngestService,
    private readonly communications: CommunicationsService,
  ) {}

  async attach(
    organizationId: string,
    account: WhatsAppAccount,
    communication: CommunicationResponse,
    media: InboundMedia,
  ): Promise<void> {
    const identity = { organizationId };
    let link: Awaited<ReturnType<GraphApiClient['getMedia']>>;
    try {
      link = await this.graph.getMedia(account.graph, media.id);
    } catch (error) {
      await this.accounts.noteFailure(account, error);
      throw error;
    }
    await this.tenant.run(identity, async () => {
      const file = await this.files.storeFromUrl({
        url: link.url,
        headers: this.graph.authorization(account.graph),
        filename: media.filename ?? undefined,
        declaredContentType: link.mime_type || media.mimeType || undefined,
        communicationId: communication.id,
        leadId: communication.lead_id,
        metadata: { source: 'whatsapp', media_id: media.id, kind: media.kind },
      });
      await this.communications.setAttachments(communication.id, [
        {
          file_id: file.id,
          name: file.filename,
          content_type: file.content_type,
          size_bytes: file.size_bytes,
        },
      ]);
    });
  }
}
