export type WhatsAppMediaKind = 'image' | 'document' | 'audio' | 'video' | 'sticker';

/** Stem of the stored file's name when WhatsApp sends none (only documents carry one). */
const DEFAULT_STEM: Record<WhatsAppMediaKind, string> = {
  image: 'imagem',
  document: 'documento',
  audio: 'audio',
  video: 'video',
  sticker: 'figurinha',
};

/** What WhatsApp delivers each kind as, for when the MIME type is missing or unfamiliar. */
const DEFAULT_EXTENSION: Record<WhatsAppMediaKind, string | null> = {
  image: 'jpg',
  document: null,
  audio: 'ogg',
  video: 'mp4',
  sticker: 'webp',
};

/** The MIME types WhatsApp accepts for media, and a few common documents. */
const EXTENSION_BY_MIME = new Map([
  ['image/jpeg', 'jpg'],
  ['image/png', 'png'],
  ['image/webp', 'webp'],
  ['image/gif', 'gif'],
  ['image/heic', 'heic'],
  ['audio/ogg', 'ogg'],
  ['audio/opus', 'opus'],
  ['audio/mpeg', 'mp3'],
  ['audio/mp4', 'm4a'],
  ['audio/aac', 'aac'],
  ['audio/amr', 'amr'],
  ['audio/wav', 'wav'],
  ['audio/x-wav', 'wav'],
  ['video/mp4', 'mp4'],
  ['video/3gpp', '3gp'],
  ['video/quicktime', 'mov'],
  ['application/pdf', 'pdf'],
  ['application/msword', 'doc'],
  ['application/vnd.ms-excel', 'xls'],
  ['application/vnd.ms-powerpoint', 'ppt'],
  ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'docx'],
  ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'xlsx'],
  ['application/vnd.openxmlformats-officedocument.presentationml.presentation', 'pptx'],
  ['application/zip', 'zip'],
  ['text/plain', 'txt'],
  ['text/csv', 'csv'],
]);

/** "audio/ogg; codecs=opus" → "audio/ogg". */
function essence(mimeType: string): string {
  return (mimeType.split(';')[0] ?? '').trim().toLowerCase();
}

function extensionFor(kind: WhatsAppMediaKind, mimeType: string | null): string | null {
  const known = mimeType === null ? undefined : EXTENSION_BY_MIME.get(essence(mimeType));
  return known ?? DEFAULT_EXTENSION[kind];
}

/**
 * The name a WhatsApp attachment is stored under: the document's own name when it has one,
 * else a Portuguese default from the kind with an extension from the MIME type
 * ("imagem.jpg", "audio.ogg", "documento.pdf"). Making the name safe for storage is the
 * files module's job, done when the file is ingested.
 */
export function mediaFilename(
  kind: WhatsAppMediaKind,
  mimeType: string | null,
  sentName: string | null,
): string {
  const name = sentName?.trim();
  if (name) return name;
  const extension = extensionFor(kind, mimeType);
  return extension === null ? DEFAULT_STEM[kind] : `${DEFAULT_STEM[kind]}.${extension}`;
}
