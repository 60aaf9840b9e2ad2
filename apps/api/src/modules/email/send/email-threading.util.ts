import { randomUUID } from 'node:crypto';
import type { EmailMetadata } from '@loved/shared';

/** Message-IDs a reference chain keeps at most (mail clients trim long threads too). */
const REFERENCES_MAX = 20;

/** A new Message-ID on the sender's domain, as RFC 5322 wants it unique worldwide. */
export function newMessageId(fromAddress: string): string {
  const domain = fromAddress.split('@')[1] ?? 'loved.crm';
  return `<${randomUUID()}@${domain}>`;
}

/** In-Reply-To and References of a reply to `parent` (RFC 5322 §3.6.4), and its thread. */
export function replyHeaders(parent: Pick<EmailMetadata, 'message_id' | 'references'> | null): {
  inReplyTo: string | null;
  references: string[];
} {
  if (!parent) return { inReplyTo: null, references: [] };
  const chain = [...parent.references, parent.message_id].slice(-REFERENCES_MAX);
  return { inReplyTo: parent.message_id, references: chain };
}

/** The thread a message belongs to: the first message of its chain, or itself. */
export const threadIdOf = (messageId: string, references: string[]): string =>
  references[0] ?? messageId;
