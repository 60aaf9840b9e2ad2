/** The lead fields a spreadsheet column can fill on import. */
export type LeadCsvField =
  'name' | 'email' | 'phone' | 'stage' | 'value' | 'tags' | 'source' | 'priority';

/**
 * The header names `POST /leads/import` understands, already normalised. A copy of the API's
 * `ALIASES` (apps/api/src/modules/leads/utils/csv-lead-columns.util.ts) so the preview shows
 * the mapping the import will apply; `csv-columns.spec.ts` fails when the two drift apart.
 */
export const CSV_ALIASES: Record<LeadCsvField, readonly string[]> = {
  name: ['nome', 'name', 'nomecompleto', 'fullname'],
  email: ['email', 'emailaddress'],
  phone: ['telefone', 'phone', 'celular', 'whatsapp', 'fone', 'mobile', 'phonenumber'],
  stage: ['etapa', 'stage'],
  value: ['valor', 'value', 'estimatedvalue', 'valorestimado'],
  tags: ['tags', 'etiquetas', 'tag', 'etiqueta'],
  source: ['origem', 'source'],
  priority: ['prioridade', 'priority'],
};

export const CSV_FIELDS = Object.keys(CSV_ALIASES) as LeadCsvField[];

/** As the API compares headers: no accents, lower case, letters and digits only. */
export function normalizeCsvToken(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** The field each header column fills, or null for a column the import ignores. */
export function mapCsvHeader(header: readonly string[]): Array<LeadCsvField | null> {
  return header.map((title) => {
    const token = normalizeCsvToken(title);
    return CSV_FIELDS.find((field) => CSV_ALIASES[field].includes(token)) ?? null;
  });
}
