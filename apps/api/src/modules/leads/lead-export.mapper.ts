import { LEAD_STAGE_LABELS, type LeadPriority, type LeadResponse } from '@loved/shared';

/** Column titles of the export, in Portuguese; the importer reads them back. */
export const LEAD_EXPORT_HEADER = [
  'nome',
  'e-mail',
  'telefone',
  'etapa',
  'valor',
  'tags',
  'origem',
  'prioridade',
  'responsavel',
  'criado_em',
] as const;

const PRIORITY_LABELS: Record<LeadPriority, string> = {
  high: 'alta',
  medium: 'média',
  low: 'baixa',
};

/**
 * One lead as the cells of an export row, written the way a pt-BR spreadsheet reads them: stage
 * and priority by label, value with a decimal comma ("1500,50"), creation time in ISO 8601 (UTC,
 * unambiguous whatever the reader's time zone).
 */
export function toLeadExportRow(lead: LeadResponse): string[] {
  return [
    lead.name,
    lead.email ?? '',
    lead.phone ?? '',
    LEAD_STAGE_LABELS[lead.stage],
    lead.estimated_value?.replace('.', ',') ?? '',
    lead.tags.join(', '),
    lead.source ?? '',
    PRIORITY_LABELS[lead.priority],
    lead.assigned_user?.name ?? '',
    lead.created_at,
  ];
}
