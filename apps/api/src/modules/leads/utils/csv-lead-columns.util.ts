/** The lead fields a spreadsheet column can fill. */
export type LeadCsvField =
  'name' | 'email' | 'phone' | 'stage' | 'value' | 'tags' | 'source' | 'priority';

/** For each field, the indexes of the columns that fill it, in file order. */
export type LeadCsvColumns = Record<LeadCsvField, number[]>;

/**
 * Header names in Portuguese or English, already normalised (see `normalizeCsvToken`), so
 * "E-mail", "Telefone " and "Valor Estimado" all match.
 */
const ALIASES: Record<LeadCsvField, readonly string[]> = {
  name: ['nome', 'name', 'nomecompleto', 'fullname'],
  email: ['email', 'emailaddress'],
  phone: ['telefone', 'phone', 'celular', 'whatsapp', 'fone', 'mobile', 'phonenumber'],
  stage: ['etapa', 'stage'],
  value: ['valor', 'value', 'estimatedvalue', 'valorestimado'],
  tags: ['tags', 'etiquetas', 'tag', 'etiqueta'],
  source: ['origem', 'source'],
  priority: ['prioridade', 'priority'],
};

const FIELDS = Object.keys(ALIASES) as LeadCsvField[];

/** Lower case, no accents, letters and digits only: "Negociação" → "negociacao", "E-mail" → "email". */
export function normalizeCsvToken(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** Which columns of `header` fill which lead field; unknown columns are ignored. */
export function mapLeadColumns(header: readonly string[]): LeadCsvColumns {
  const columns = Object.fromEntries(
    FIELDS.map((field) => [field, [] as number[]]),
  ) as LeadCsvColumns;
  header.forEach((title, index) => {
    const token = normalizeCsvToken(title);
    const field = FIELDS.find((candidate) => ALIASES[candidate].includes(token));
    if (field) columns[field].push(index);
  });
  return columns;
}
