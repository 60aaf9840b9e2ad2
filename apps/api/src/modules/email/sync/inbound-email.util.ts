import { createHash } from 'node:crypto';
import type { ParsedMail } from 'mailparser';
import type { EmailMetadata } from '@loved/shared';
import { sanitizeEmailHtml } from '../html/email-html.util';
import { threadIdOf } from '../send/email-threading.util';

/** What the timeline stores of a synced message, and whose lead it belongs to. */
export type InboundEmail = {
  messageId: string;
  direction: 'inbound' | 'outbound';
  /** The other party: the sender of an inbound message, the first recipient of an outbound one. */
  counterpart: { address: string; name: string | null } | null;
  subject: string | null;
  text: string;
  sentAt: Date;
  metadata: EmailMetadata;
  attachments: Array<{ filename: string; contentType: string; content: Buffer }>;
};

const addressesOf = (field: ParsedMail['to']): Array<{ address: string; name: string | null }> =>
  (Array.isArray(field) ? field : field ? [field] : []).flatMap((group) =>
    group.value.flatMap((entry) =>
      entry.address ? [{ address: entry.address.toLowerCase(), name: entry.name || null }] : [],
    ),
  );

const referencesOf = (value: string | string[] | undefined): string[] =>
  (Array.isArray(value) ? value : value ? value.split(/\s+/) : []).filter(Boolean);

/**
 * A parsed message as the timeline keeps it. A message without a Message-ID gets one derived
 * from its bytes, so the same message synced twice is still one communication.
 */
export function toInboundEmail(parsed: ParsedMail, raw: Buffer, mailbox: string): InboundEmail {
  const from = addressesOf(parsed.from)[0] ?? null;
  const to = addressesOf(parsed.to);
  const cc = addressesOf(parsed.cc);
  const outbound = from?.address === mailbox.toLowerCase();
  const messageId =
    parsed.messageId ?? `<${createHash('sha256').update(raw).digest('hex')}@loved.crm>`;
  const references = referencesOf(parsed.references);
  const inReplyTo = parsed.inReplyTo?.trim() || null;
  const chain = references.length > 0 ? references : inReplyTo ? [inReplyTo] : [];
  const safe = parsed.html ? sanitizeEmailHtml(parsed.html) : null;
  return {
    messageId,
    direction: outbound ? 'outbound' : 'inbound',
    counterpart: outbound ? (to[0] ?? null) : from,
    subject: parsed.subject ?? null,
    text: (parsed.text ?? '').trim(),
    sentAt: parsed.date ?? new Date(),
    metadata: {
      message_id: messageId,
      in_reply_to: inReplyTo,
      references: chain,
      thread_id: threadIdOf(messageId, chain),
      from_email: from?.address ?? '',
      from_name: from?.name ?? null,
      to_email: to.map((entry) => entry.address),
      cc: cc.map((entry) => entry.address),
      html: safe?.html ?? null,
      has_remote_images: safe?.hasRemoteImages ?? false,
    },
    attachments: parsed.attachments
      .filter((attachment) => attachment.contentDisposition !== 'inline' || !attachment.cid)
      .map((attachment) => ({
        filename: attachment.filename ?? 'anexo',
        contentType: attachment.contentType,
        content: attachment.content,
      })),
  };
}
