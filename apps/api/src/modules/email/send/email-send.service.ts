import { Readable } from 'node:stream';
import { Injectable, Logger } from '@nestjs/common';
import sanitizeHtml from 'sanitize-html';
import {
  Channel,
  CommunicationStatus,
  Direction,
  type CommunicationAttachment,
  type CommunicationResponse,
  type EmailMetadata,
} from '@loved/shared';
import { CommunicationsService } from '../../communications/communications.service';
import { FileContentService } from '../../files/file-content.service';
import { FilesService } from '../../files/files.service';
import { LeadAccessService } from '../../leads/lead-access.service';
import type { SendEmailDto } from '../dto/send-email.dto';
import { EmailAccountService, type EmailAccount } from '../email-account.service';
import { EmailException } from '../email.exception';
import { sanitizeEmailHtml } from '../html/email-html.util';
import { smtpTransport } from '../mail/mail-clients';
import { EmailReplyService } from './email-reply.service';
import { newMessageId, replyHeaders, threadIdOf } from './email-threading.util';

const SEND_TIMEOUT_MS = 30_000;

type Attachment = { filename: string; contentType: string; content: Readable };

/**
 * Sends a rep's e-mail to the lead from the organisation's mailbox over SMTP, threaded when it
 * answers an earlier e-mail, and records it with its Message-ID. Nothing is recorded when the
 * server refuses it.
 */
@Injectable()
export class EmailSendService {
  private readonly logger = new Logger(EmailSendService.name);

  constructor(
    private readonly access: LeadAccessService,
    private readonly accounts: EmailAccountService,
    private readonly replies: EmailReplyService,
    private readonly files: FilesService,
    private readonly content: FileContentService,
    private readonly communications: CommunicationsService,
  ) {}

  async send(input: SendEmailDto): Promise<CommunicationResponse> {
    if (!input.body_html?.trim() && !input.body_text?.trim()) throw EmailException.bodyRequired();
    const lead = await this.access.requireVisible(input.lead_id);
    if (!lead.email) throw EmailException.leadHasNoEmail();
    const account = await this.accounts.requireActive();
    const parent = input.in_reply_to
      ? await this.replies.parentOf(lead.id, input.in_reply_to)
      : null;
    const { inReplyTo, references } = replyHeaders(parent);
    const messageId = newMessageId(account.settings.email_address);
    const { files, attachments } = await this.attachmentsOf(input.file_ids ?? []);
    await this.deliver(account, {
      messageId,
      to: lead.email,
      cc: input.cc ?? [],
      bcc: input.bcc ?? [],
      subject: input.subject,
      html: input.body_html,
      text: input.body_text,
      inReplyTo,
      references,
      attachments,
    });
    const safe = input.body_html ? sanitizeEmailHtml(input.body_html) : null;
    const metadata: EmailMetadata = {
      message_id: messageId,
      in_reply_to: inReplyTo,
      references,
      thread_id: threadIdOf(messageId, references),
      from_email: account.settings.email_address,
      from_name: account.settings.display_name,
      to_email: [lead.email],
      cc: input.cc ?? [],
      html: safe?.html ?? null,
      has_remote_images: safe?.hasRemoteImages ?? false,
    };
    const { communication } = await this.communications.record({
      leadId: lead.id,
      channel: Channel.Email,
      direction: Direction.Outbound,
      subject: input.subject,
      content: input.body_text?.trim() || textOf(input.body_html ?? ''),
      metadata: { ...metadata, bcc: input.bcc ?? [] },
      attachments: files,
      externalId: messageId,
      status: CommunicationStatus.Sent,
      awaitsStatuses: false,
    });
    return communication;
  }

  private async attachmentsOf(
    fileIds: string[],
  ): Promise<{ files: CommunicationAttachment[]; attachments: Attachment[] }> {
    const files: CommunicationAttachment[] = [];
    const attachments: Attachment[] = [];
    for (const id of fileIds) {
      const file = await this.files.get(id);
      const opened = await this.content.open(id, {});
      files.push({
        file_id: file.id,
        name: file.filename,
        content_type: file.content_type,
        size_bytes: file.size_bytes,
      });
      attachments.push({
        filename: file.filename,
        contentType: file.content_type,
        content: opened.body,
      });
    }
    return { files, attachments };
  }

  private async deliver(
    account: EmailAccount,
    message: {
      messageId: string;
      to: string;
      cc: string[];
      bcc: string[];
      subject: string;
      html: string | undefined;
      text: string | undefined;
      inReplyTo: string | null;
      references: string[];
      attachments: Attachment[];
    },
  ): Promise<void> {
    const transport = smtpTransport(account.credentials.smtp, account.smtp, SEND_TIMEOUT_MS);
    try {
      await transport.sendMail({
        from: {
          name: account.settings.display_name ?? '',
          address: account.settings.email_address,
        },
        to: message.to,
        cc: message.cc,
        bcc: message.bcc,
        subject: message.subject,
        html: message.html,
        text: message.text,
        messageId: message.messageId,
        inReplyTo: message.inReplyTo ?? undefined,
        references: message.references.length > 0 ? message.references : undefined,
        attachments: message.attachments,
      });
    } catch (error) {
      this.logger.warn({ err: error }, 'SMTP refused the e-mail; nothing recorded');
      const detail = error as { response?: string; code?: string };
      throw EmailException.sendFailed(detail.response ?? detail.code ?? String(error));
    } finally {
      transport.close();
    }
  }
}

/** The readable text of an HTML body, for the timeline's preview and search. */
function textOf(html: string): string {
  return sanitizeHtml(html.replace(/<(br|\/p|\/div|\/li)\b[^>]*>/gi, '\n'), {
    allowedTags: [],
    allowedAttributes: {},
  })
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
