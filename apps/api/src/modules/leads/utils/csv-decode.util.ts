const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;

/**
 * Windows-1252's printable characters at bytes 0x80–0x9F (curly quotes, "€", "…"), where
 * Latin-1 has control codes. Kept here because Node's own "windows-1252" decoder reads those
 * bytes as Latin-1; bytes 1252 leaves undefined keep their Latin-1 value, as WHATWG says.
 */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

const hasUtf8Bom = (bytes: Uint8Array): boolean => UTF8_BOM.every((byte, i) => bytes[i] === byte);

function decodeWindows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    .toString('latin1')
    .replace(/[\u0080-\u009f]/g, (char) => CP1252_HIGH[char.charCodeAt(0) - 0x80] ?? char);
}

/**
 * The text of an uploaded CSV. Spreadsheets save UTF-8 (Excel with a BOM) or, Excel on Windows,
 * the legacy code page. Bytes that are not valid UTF-8 are read as Windows-1252, the superset of
 * Latin-1 that Excel writes, so "João" and "Conceição" survive either way and curly quotes or
 * "€" do not turn into control characters.
 */
export function decodeCsvBytes(bytes: Uint8Array): string {
  const body = hasUtf8Bom(bytes) ? bytes.subarray(UTF8_BOM.length) : bytes;
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    return decodeWindows1252(body);
  }
}
