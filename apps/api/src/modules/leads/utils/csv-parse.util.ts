export type CsvDelimiter = ',' | ';';

/** One record of the file and the line it starts on (1-based; quoted newlines count). */
export type CsvRecord = { line: number; fields: string[] };

/** A quoted field still open at the end of the file: the rest of the file would be one value. */
export class CsvSyntaxError extends Error {
  constructor(readonly line: number) {
    super(`unterminated quoted field starting on line ${line}`);
    this.name = 'CsvSyntaxError';
  }
}

/**
 * `;` or `,`, whichever the header line uses more (Excel in pt-BR saves `;` because `,` is the
 * decimal separator). Delimiters inside quotes do not count.
 */
export function detectDelimiter(text: string): CsvDelimiter {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (char === '\n' || char === '\r') break;
    else if (char === ',') commas += 1;
    else if (char === ';') semicolons += 1;
  }
  return semicolons > commas ? ';' : ',';
}

/**
 * RFC 4180 records: quoted fields, `""` for a quote, delimiters and newlines inside quotes, CRLF,
 * LF or CR line ends. Lenient where spreadsheets are sloppy: a quote inside an unquoted field is
 * kept as text. Fields are not trimmed; empty lines come back as a record with one empty field.
 */
export function parseCsv(
  text: string,
  delimiter: CsvDelimiter = detectDelimiter(text),
): CsvRecord[] {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let atFieldStart = true;
  let quotedSince = 0;
  let line = 1;
  let recordLine = 1;

  const endField = (): void => {
    fields.push(field);
    field = '';
    atFieldStart = true;
  };
  const endRecord = (): void => {
    endField();
    records.push({ line: recordLine, fields });
    fields = [];
  };

  let i = 0;
  while (i < text.length) {
    const char = text[i] as string;
    if (quotedSince > 0) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (char === '"') quotedSince = 0;
      else {
        if (char === '\n' || (char === '\r' && text[i + 1] !== '\n')) line += 1;
        field += char;
      }
      i += 1;
      continue;
    }
    if (char === '"' && atFieldStart) {
      quotedSince = line;
      atFieldStart = false;
    } else if (char === delimiter) {
      endField();
    } else if (char === '\n' || char === '\r') {
      endRecord();
      if (char === '\r' && text[i + 1] === '\n') i += 1;
      line += 1;
      recordLine = line;
    } else {
      field += char;
      atFieldStart = false;
    }
    i += 1;
  }
  if (quotedSince > 0) throw new CsvSyntaxError(quotedSince);
  if (!atFieldStart || fields.length > 0) endRecord();
  return records;
}
