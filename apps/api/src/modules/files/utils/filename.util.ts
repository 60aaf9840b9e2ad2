const MAX_FILENAME_BYTES = 200;
const FALLBACK_NAME = 'file';

// Control characters, characters Windows forbids, and bidi overrides that disguise an
// extension ("invoice\u202Efdp.exe" shows as "invoiceexe.pdf").
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f<>:"/\\|?*\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i;

function truncateUtf8(value: string, maxBytes: number): string {
  let result = '';
  for (const char of value) {
    if (Buffer.byteLength(result + char) > maxBytes) break;
    result += char;
  }
  return result;
}

/**
 * A name that is safe to store and to offer as a download on any OS: no path, no control or
 * reserved characters, no leading dots (hidden files), at most 200 UTF-8 bytes with the
 * extension kept. Never empty.
 */
export function sanitizeFilename(raw: string | undefined): string {
  const base = (raw ?? '').normalize('NFC').split(/[/\\]/).pop() ?? '';
  const cleaned = base
    .replace(UNSAFE, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+|[.\s]+$/g, '');
  if (cleaned === '') return FALLBACK_NAME;
  const named = WINDOWS_RESERVED.test(cleaned) ? `_${cleaned}` : cleaned;
  if (Buffer.byteLength(named) <= MAX_FILENAME_BYTES) return named;
  const dot = named.lastIndexOf('.');
  const extension = dot > 0 && named.length - dot <= 16 ? named.slice(dot) : '';
  const stem = named.slice(0, named.length - extension.length);
  return truncateUtf8(stem, MAX_FILENAME_BYTES - Buffer.byteLength(extension)) + extension;
}

/** RFC 8187 value: UTF-8, percent-encoded beyond the attr-char set. */
const encodeExtValue = (value: string): string =>
  encodeURIComponent(value).replace(
    /['()*!]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );

/**
 * `Content-Disposition` per RFC 6266: an ASCII `filename` for old clients and the exact name
 * in `filename*=UTF-8''…`. The name is sanitised again here, so a header can never be split
 * or quoted out of, whatever is in the database.
 */
export function contentDisposition(type: 'inline' | 'attachment', filename: string): string {
  const safe = sanitizeFilename(filename);
  const ascii = safe.replace(/[^\x20-\x7e]/g, '_').replace(/["\\%]/g, '_');
  return `${type}; filename="${ascii}"; filename*=UTF-8''${encodeExtValue(safe)}`;
}
