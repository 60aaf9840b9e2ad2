import type { CommunicationResponse, EmailMetadata } from '@loved/shared';

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

/** The e-mail details of a communication, or null when it is not an e-mail or lacks them. */
export function emailMetadataOf(communication: CommunicationResponse): EmailMetadata | null {
  if (communication.channel !== 'email') return null;
  const metadata: Record<string, unknown> = communication.metadata;
  if (typeof metadata.message_id !== 'string' || typeof metadata.from_email !== 'string') {
    return null;
  }
  return {
    message_id: metadata.message_id,
    in_reply_to: typeof metadata.in_reply_to === 'string' ? metadata.in_reply_to : null,
    references: isStringArray(metadata.references) ? metadata.references : [],
    thread_id: typeof metadata.thread_id === 'string' ? metadata.thread_id : metadata.message_id,
    from_email: metadata.from_email,
    from_name: typeof metadata.from_name === 'string' ? metadata.from_name : null,
    to_email: isStringArray(metadata.to_email) ? metadata.to_email : [],
    cc: isStringArray(metadata.cc) ? metadata.cc : [],
    html: typeof metadata.html === 'string' && metadata.html ? metadata.html : null,
    has_remote_images: metadata.has_remote_images === true,
  };
}

/** "Re: subject", without piling up "Re: Re:". */
export function replySubjectOf(subject: string | null): string {
  const base = (subject ?? '').trim();
  return /^re:/i.test(base) ? base : `Re: ${base}`.trim();
}
