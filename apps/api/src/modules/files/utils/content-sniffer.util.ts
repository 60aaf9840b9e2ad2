/** Bytes the sniffer looks at; a file's head is captured up to this many while it streams. */
export const SNIFF_BYTES = 4096;

export const FALLBACK_CONTENT_TYPE = 'application/octet-stream';

type Signature = { type: string; offset?: number; bytes: number[] | string };

/** Magic numbers of what agencies exchange: images, voice notes and calls, video, documents. */
const SIGNATURES: Signature[] = [
  { type: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
  { type: 'image/gif', bytes: 'GIF87a' },
  { type: 'image/gif', bytes: 'GIF89a' },
  { type: 'image/bmp', bytes: 'BM' },
  { type: 'image/tiff', bytes: [0x49, 0x49, 0x2a, 0x00] },
  { type: 'image/tiff', bytes: [0x4d, 0x4d, 0x00, 0x2a] },
  { type: 'application/pdf', bytes: '%PDF-' },
  { type: 'audio/ogg', bytes: 'OggS' },
  { type: 'audio/mpeg', bytes: 'ID3' },
  { type: 'audio/flac', bytes: 'fLaC' },
  { type: 'audio/amr', bytes: '#!AMR' },
  { type: 'video/webm', bytes: [0x1a, 0x45, 0xdf, 0xa3] },
  { type: 'application/gzip', bytes: [0x1f, 0x8b] },
  { type: 'application/zip', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { type: 'application/zip', bytes: [0x50, 0x4b, 0x05, 0x06] },
  { type: 'application/x-7z-compressed', bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { type: 'application/vnd.rar', bytes: 'Rar!' },
  // Legacy Office (doc, xls, ppt) share the OLE2 compound-file header.
  { type: 'application/x-ole-storage', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
];

/** Subtypes a client may name inside a container the bytes prove (a .docx is a zip). */
const REFINEMENTS: Record<string, readonly string[]> = {
  'application/zip': [
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    'application/vnd.oasis.opendocument.text',
    'application/vnd.oasis.opendocument.spreadsheet',
    'application/epub+zip',
  ],
  'application/x-ole-storage': [
    'application/msword',
    'application/vnd.ms-excel',
    'application/vnd.ms-powerpoint',
  ],
  'text/plain': ['text/csv'],
  'audio/ogg': ['audio/opus'],
  'video/mp4': ['audio/mp4'],
};

const matches = (head: Buffer, signature: Signature): boolean => {
  const bytes =
    typeof signature.bytes === 'string' ? Buffer.from(signature.bytes, 'latin1') : signature.bytes;
  const offset = signature.offset ?? 0;
  if (head.length < offset + bytes.length) return false;
  return bytes.every((byte, i) => head[offset + i] === byte);
};

const ascii = (head: Buffer, start: number, end: number): string =>
  head.subarray(start, end).toString('latin1');

/** RIFF and ISO-BMFF containers name their format a few bytes in. */
function sniffContainer(head: Buffer): string | undefined {
  if (ascii(head, 0, 4) === 'RIFF') {
    const form = ascii(head, 8, 12);
    if (form === 'WAVE') return 'audio/wav';
    if (form === 'WEBP') return 'image/webp';
    if (form === 'AVI ') return 'video/x-msvideo';
  }
  if (ascii(head, 4, 8) === 'ftyp') {
    const brand = ascii(head, 8, 12);
    if (brand === 'M4A ' || brand === 'M4B ') return 'audio/mp4';
    if (brand === 'qt  ') return 'video/quicktime';
    if (brand.startsWith('3gp')) return 'video/3gpp';
    if (['heic', 'heix', 'mif1', 'msf1'].includes(brand)) return 'image/heic';
    return 'video/mp4';
  }
  // An MP3 without ID3 tag starts with an MPEG audio frame sync.
  if (head.length >= 2 && head[0] === 0xff && (head[1] & 0xe6) === 0xe2) return 'audio/mpeg';
  return undefined;
}

/** Text is valid UTF-8 without control bytes other than tab, CR, LF and form feed. */
function looksLikeText(head: Buffer, complete: boolean): boolean {
  if (head.length === 0) return false;
  for (const byte of head) {
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c)
      return false;
  }
  // A sample cut inside a multi-byte character is still text: drop up to 3 trailing bytes.
  for (let cut = 0; cut <= (complete ? 0 : 3); cut++) {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(head.subarray(0, head.length - cut));
      return true;
    } catch {
      // try a shorter sample
    }
  }
  return false;
}

/**
 * The content type proven by a file's first bytes. The client's claim is only used to name a
 * subtype of what the bytes prove (a .docx inside a zip); it can never turn bytes into HTML or
 * script, so a download is never rendered as something the uploader chose.
 */
export function sniffContentType(
  head: Buffer,
  options: { complete: boolean; declared?: string },
): string {
  const sniffed =
    SIGNATURES.find((signature) => matches(head, signature))?.type ??
    sniffContainer(head) ??
    (looksLikeText(head, options.complete) ? 'text/plain' : FALLBACK_CONTENT_TYPE);
  const declared = options.declared?.split(';')[0].trim().toLowerCase();
  if (declared && REFINEMENTS[sniffed]?.includes(declared)) return declared;
  return sniffed === 'application/x-ole-storage' ? FALLBACK_CONTENT_TYPE : sniffed;
}
