/** How WhatsApp sends a file of this type, and the largest it accepts for that kind. */
export type OutboundMediaKind = 'image' | 'audio' | 'video' | 'document';

const MB = 1024 * 1024;

export const MEDIA_LIMIT_BYTES: Record<OutboundMediaKind, number> = {
  image: 5 * MB,
  audio: 16 * MB,
  video: 16 * MB,
  document: 100 * MB,
};

// Only the types WhatsApp plays in place; anything else goes as a document.
const IMAGE = /^image\/(jpeg|png)$/;
const AUDIO = /^audio\/(aac|amr|mpeg|mp4|ogg)$/;
const VIDEO = /^video\/(mp4|3gpp)$/;

export function mediaKindOf(contentType: string): OutboundMediaKind {
  const type = contentType.split(';')[0].trim().toLowerCase();
  if (IMAGE.test(type)) return 'image';
  if (AUDIO.test(type)) return 'audio';
  if (VIDEO.test(type)) return 'video';
  return 'document';
}
