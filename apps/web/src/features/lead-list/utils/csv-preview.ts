export type CsvPreview = {
  header: string[];
  /** The first data rows (blank lines skipped, as the import skips them). */
  rows: string[][];
  /** Every non-blank data row of the file. */
  rowCount: number;
};

export type CsvPreviewResult =
  | { ok: true; preview: CsvPreview }
  | { ok: false; reason: 'empty' }
  | { ok: false; reason: 'unclosedQuote'; line: number };

/** `;` or `,`, whichever the header line uses more, outside quotes (as the API decides). */
function detectDelimiter(text: string): ',' | ';' {
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

type Parsed = { records: string[][] } | { unclosedQuoteLine: number };

/** RFC 4180 records, read the way the import reads them (quotes, `""`, CRLF / LF / CR). */
function parseRecords(text: string, delimiter: ',' | ';'): Parsed {
  const records: string[][] = [];
  let fields: string[] = [];
  let field = '';
  let atFieldStart = true;
  let quotedSince = 0;
  let line = 1;
  const endField = (): void => {
    fields.push(field);
    field = '';
    atFieldStart = true;
  };
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i] as string;
    if (quotedSince > 0) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') {
        quotedSince = 0;
      } else {
        if (char === '\n' || (char === '\r' && text[i + 1] !== '\n')) line += 1;
        field += char;
      }
      continue;
    }
    if (char === '"' && atFieldStart) {
      quotedSince = line;
      atFieldStart = false;
    } else if (char === delimiter) {
      endField();
    } else if (char === '\n' || char === '\r') {
      endField();
      records.push(fields);
      fields = [];
      if (char === '\r' && text[i + 1] === '\n') i += 1;
      line += 1;
    } else {
      field += char;
      atFieldStart = false;
    }
  }
  if (quotedSince > 0) return { unclosedQuoteLine: quotedSince };
  if (!atFieldStart || fields.length > 0) {
    endField();
    records.push(fields);
  }
  return { records };
}

const isBlank = (record: readonly string[]): boolean =>
  record.every((field) => field.trim() === '');

/** The header and first `limit` data rows of a CSV, to show before anything is sent. */
export function previewCsv(text: string, limit = 5): CsvPreviewResult {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const parsed = parseRecords(body, detectDelimiter(body));
  if ('unclosedQuoteLine' in parsed) {
    return { ok: false, reason: 'unclosedQuote', line: parsed.unclosedQuoteLine };
  }
  const [header, ...records] = parsed.records;
  if (!header || isBlank(header)) return { ok: false, reason: 'empty' };
  const rows = records.filter((record) => !isBlank(record));
  return {
    ok: true,
    preview: {
      header: header.map((title) => title.trim()),
      rows: rows.slice(0, limit),
      rowCount: rows.length,
    },
  };
}

/**
 * A spreadsheet's bytes as text: UTF-8 (with or without Excel's BOM) or, failing that,
 * Windows-1252, the legacy encoding Excel on Windows saves, as the import decodes them.
 */
export function decodeCsvBytes(bytes: ArrayBuffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
