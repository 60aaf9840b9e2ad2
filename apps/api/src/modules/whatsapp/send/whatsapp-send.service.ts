import { Readable } from 'node:stream';
import { Injectable, Logger } from '@nestjs/common';
import {
  Channel,
  CommunicationStatus,
  Direction,
  type CommunicationAttachment,
  type CommunicationResponse,
} from '@loved/shared';
import { CommunicationsService } from '../../communications/communications.service';
import { FileContentService } from '../../files/file-content.service';
import { FilesService } from '../../files/files.service';
import { LeadAccessService } from '../../leads/lead-access.service';
import type { LeadEntity } from '../../leads/lead.entity';
import type { SendWhatsAppDto } from '../dto/send-whatsapp.dto';
import { GraphApiClient } from '../graph/graph-api.client';
import { GraphApiError, GraphUnavailableError } from '../graph/graph-api.errors';
import type { GraphOutboundMessage } from '../graph/graph-api.types';
import { WhatsAppAccountService, type WhatsAppAccount } from '../whatsapp-account.service';
import { WhatsAppException } from '../whatsapp.exception';
import { MEDIA_LIMIT_BYTES, mediaKindOf } from './whatsapp-media-kind.util';
import { WhatsAppWindowService } from './whatsapp-window.service';

type Prepared = {
  message: GraphOutboundMessage;
  content: string;
  metadata: Record<string, unknown>;
  attachments: CommunicationAttachment[];
};

/**
 * Sends a rep's message from the lead page: text (only inside the 24 h window), an approved
 * template, or an uploaded file (uploaded to Meta first). What Meta answers is stored: the
 * message with its wamid as `sent`, or `failed` with Meta's error.
 */
@Injectable()
export class WhatsAppSendService {
  private readonly logger = new Logger(WhatsAppSendService.name);

  constructor(
    private readonly access: LeadAccessService,
    private readonly accounts: WhatsAppAccountService,
    private readonly windows: WhatsAppWindowService,
    private readonly graph: GraphApiClient,
    private readonly files: FilesService,
    private readonly content: FileContentService,
    private readonly communications: CommunicationsService,
  ) {}

  async send(input: SendWhatsAppDto): Promise<CommunicationResponse> {
    const kinds = [input.text, input.template, input.file_id].filter((v) => v !== undefined);
    if (kinds.length !== 1) {
      throw WhatsAppException.messageInvalid(
        'Send exactly one of text, template or file_id.',
        'text',
      );
    }
    if (input.caption !== undefined && input.file_id === undefined) {
      throw WhatsAppException.messageInvalid('caption goes with file_id.', 'caption');
    }
    const lead = await this.access.requireVisible(input.lead_id);
    if (!lead.phone) throw WhatsAppException.leadHasNoPhone();
    const account = await this.accounts.requireActive();
    // Outside the window Meta only delivers templates: refused here, before calling it.
    if (input.template === undefined && !(await this.windows.of(lead.id)).open) {
      throw WhatsAppException.templateRequired();
    }
    const prepared = await this.prepare(input, account);
    const to = lead.phone.replace(/\D/g, '');
    const metadata = {
      phone_number: lead.phone,
      wa_id: to,
      contact_name: lead.name,
      business_phone_number_id: account.settings.phone_number_id,
      ...prepared.metadata,
    };
    try {
      const sent = await this.graph.sendMessage(account.graph, { ...prepared.message, to });
      return this.store(lead, prepared, metadata, sent.wamid, CommunicationStatus.Sent);
    } catch (error) {
      return this.storeFailure(lead, prepared, metadata, account, error);
    }
  }

  private async prepare(input: SendWhatsAppDto, account: WhatsAppAccount): Promise<Prepared> {
    if (input.text !== undefined) {
      return {
        message: { type: 'text', text: input.text, previewUrl: false },
        content: input.text,
        metadata: { message_type: 'text' },
        attachments: [],
      };
    }
    if (input.template) {
      const { name, language, components } = input.template;
      return {
        message: { type: 'template', template: { name, language, components } },
        content: `[Modelo: ${name}]`,
        metadata: { message_type: 'template', template: { name, language } },
        attachments: [],
      };
    }
    return this.prepareMedia(input.file_id as string, input.caption, account);
  }

  private async prepareMedia(
    fileId: string,
    caption: string | undefined,
    account: WhatsAppAccount,
  ): Promise<Prepared> {
    const file = await this.files.get(fileId);
    const kind = mediaKindOf(file.content_type);
    if (file.size_bytes > MEDIA_LIMIT_BYTES[kind]) {
      throw WhatsAppException.fileNotSendable(
        `WhatsApp accepts ${kind} files up to ${MEDIA_LIMIT_BYTES[kind] / (1024 * 1024)} MB.`,
      );
    }
    const bytes = await readAll((await this.content.open(fileId, {})).body);
    const uploaded = await this.callGraph(account, () =>
      this.graph.uploadMedia(account.graph, {
        bytes,
        contentType: file.content_type,
        filename: file.filename,
      }),
    );
    const message: GraphOutboundMessage =
      kind === 'audio'
        ? { type: 'audio', mediaId: uploaded.id }
        : kind === 'document'
          ? { type: 'document', mediaId: uploaded.id, caption, filename: file.filename }
          : { type: kind, mediaId: uploaded.id, caption };
    return {
      message,
      content: caption || `[Arquivo: ${file.filename}]`,
      metadata: {
        message_type: kind,
        caption: caption ?? null,
        filename: file.filename,
        mime_type: file.content_type,
        media_id: uploaded.id,
      },
      attachments: [
        {
          file_id: file.id,
          name: file.filename,
          content_type: file.content_type,
          size_bytes: file.size_bytes,
        },
      ],
    };
  }

  /** A Graph call made before anything is stored: Meta unavailable means nothing was sent. */
  private async callGraph<T>(account: WhatsAppAccount, call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (error) {
      await this.accounts.noteFailure(account, error);
      if (error instanceof GraphUnavailableError) {
        throw WhatsAppException.unavailable();
      }
      if (error instanceof GraphApiError) {
        throw WhatsAppException.fileNotSendable(`Meta refused the file: ${error.message}`);
      }
      throw error;
    }
  }

  private async storeFailure(
    lead: LeadEntity,
    prepared: Prepared,
    metadata: Record<string, unknown>,
    account: WhatsAppAccount,
    error: unknown,
  ): Promise<CommunicationResponse> {
    if (error instanceof GraphUnavailableError && error.reason === 'circuit_open') {
      throw WhatsAppException.unavailable();
    }
    if (!(error instanceof GraphApiError) && !(error instanceof GraphUnavailableError)) throw error;
    await this.accounts.noteFailure(account, error);
    this.logger.warn(
      { leadId: lead.id, err: error },
      'WhatsApp send failed; stored as a failed message',
    );
    const failure =
      error instanceof GraphApiError
        ? {
            code: error.code ?? error.httpStatus,
            title: error.title,
            message: error.message,
            details: error.details,
          }
        : {
            code: error.reason,
            title: 'Meta could not be reached',
            message: error.message,
            details: null,
          };
    return this.store(
      lead,
      prepared,
      { ...metadata, error: failure },
      null,
      CommunicationStatus.Failed,
    );
  }

  private async store(
    lead: LeadEntity,
    prepared: Prepared,
    metadata: Record<string, unknown>,
    wamid: string | null,
    status: CommunicationStatus,
  ): Promise<CommunicationResponse> {
    const { communication } = await this.communications.record({
      leadId: lead.id,
      channel: Channel.WhatsApp,
      direction: Direction.Outbound,
      content: prepared.content,
      metadata,
      attachments: prepared.attachments,
      externalId: wamid,
      status,
    });
    return communication;
  }
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
