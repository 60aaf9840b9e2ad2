import { isEmail } from 'class-validator';
import {
  LEAD_STAGE_LABELS,
  LEAD_STAGES,
  LeadPriority,
  type CreateLeadRequest,
  type LeadStage,
} from '@loved/shared';
import { parseBrazilianAmount } from './lead-money.util';
import { normalizePhone } from './lead-phone.util';
import { normalizeCsvToken, type LeadCsvColumns, type LeadCsvField } from './csv-lead-columns.util';

/** What one CSV row asks to create (the importer never assigns: agents get their own leads). */
export type LeadCsvInput = Omit<CreateLeadRequest, 'allow_duplicate' | 'assigned_user_id'>;

export type LeadCsvRow = { ok: true; input: LeadCsvInput } | { ok: false; errors: string[] };

/** Same limits as `CreateLeadDto`, checked here so a bad row is reported before any insert. */
const MAX = { name: 200, email: 254, phone: 40, source: 100, tag: 40, tags: 20 } as const;

const STAGES = new Map<string, LeadStage>([
  ...LEAD_STAGES.map((stage) => [stage, stage] as const),
  ...LEAD_STAGES.map((stage) => [normalizeCsvToken(LEAD_STAGE_LABELS[stage]), stage] as const),
  ['contact', 'contato'],
  ['proposal', 'proposta'],
  ['negotiation', 'negociacao'],
  ['closed', 'fechado'],
]);

const PRIORITIES = new Map<string, LeadPriority>([
  ['alta', LeadPriority.High],
  ['high', LeadPriority.High],
  ['media', LeadPriority.Medium],
  ['medium', LeadPriority.Medium],
  ['baixa', LeadPriority.Low],
  ['low', LeadPriority.Low],
]);

const STAGE_HINT = LEAD_STAGES.map((stage) => LEAD_STAGE_LABELS[stage]).join(', ');

/** The value as quoted in a message, cut short so one odd cell cannot flood the report. */
const quote = (value: string): string =>
  `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;

/** The first non-empty cell among the columns that fill `field`, trimmed. */
function cell(fields: readonly string[], columns: LeadCsvColumns, field: LeadCsvField): string {
  for (const index of columns[field]) {
    const value = fields[index]?.trim() ?? '';
    if (value !== '') return value;
  }
  return '';
}

/** Splits "vip, site | indicação; urgente" into distinct tags. */
export function splitTags(value: string): string[] {
  const tags = value
    .split(/[,;|]/)
    .map((tag) => tag.trim())
    .filter((tag) => tag !== '');
  return [...new Set(tags)];
}

/**
 * One data row as a lead to create, or every problem found in it (pt-BR, for the person who
 * made the spreadsheet). Empty cells mean "not given": the lead gets the usual defaults.
 */
export function toLeadCsvRow(fields: readonly string[], columns: LeadCsvColumns): LeadCsvRow {
  const errors: string[] = [];
  const input: LeadCsvInput = { name: cell(fields, columns, 'name') };

  if (input.name === '') errors.push('nome obrigatório');
  else if (input.name.length > MAX.name) errors.push(`nome com mais de ${MAX.name} caracteres`);

  const email = cell(fields, columns, 'email');
  if (email !== '') {
    if (email.length > MAX.email || !isEmail(email))
      errors.push(`e-mail inválido: ${quote(email)}`);
    else input.email = email;
  }

  const phone = cell(fields, columns, 'phone');
  if (phone !== '') {
    if (phone.length > MAX.phone || !normalizePhone(phone)) {
      errors.push(`telefone inválido: ${quote(phone)} (use DDD e número, como (11) 98765-4321)`);
    } else input.phone = phone;
  }

  const stageText = cell(fields, columns, 'stage');
  if (stageText !== '') {
    const stage = STAGES.get(normalizeCsvToken(stageText));
    if (!stage) errors.push(`etapa desconhecida: ${quote(stageText)} (use ${STAGE_HINT})`);
    else input.stage = stage;
  }

  const valueText = cell(fields, columns, 'value');
  if (valueText !== '') {
    const cents = parseBrazilianAmount(valueText);
    if (cents === null)
      errors.push(`valor inválido: ${quote(valueText)} (use, por exemplo, R$ 1.500,50)`);
    else input.estimated_value_cents = cents;
  }

  const tags = splitTags(cell(fields, columns, 'tags'));
  const longTag = tags.find((tag) => tag.length > MAX.tag);
  if (longTag !== undefined)
    errors.push(`etiqueta com mais de ${MAX.tag} caracteres: ${quote(longTag)}`);
  else if (tags.length > MAX.tags) errors.push(`mais de ${MAX.tags} etiquetas`);
  else if (tags.length > 0) input.tags = tags;

  const source = cell(fields, columns, 'source');
  if (source.length > MAX.source) errors.push(`origem com mais de ${MAX.source} caracteres`);
  else if (source !== '') input.source = source;

  const priorityText = cell(fields, columns, 'priority');
  if (priorityText !== '') {
    const priority = PRIORITIES.get(normalizeCsvToken(priorityText));
    if (!priority)
      errors.push(`prioridade desconhecida: ${quote(priorityText)} (use alta, média ou baixa)`);
    else input.priority = priority;
  }

  return errors.length > 0 ? { ok: false, errors } : { ok: true, input };
}
