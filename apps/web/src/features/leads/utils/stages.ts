import type { LeadPriority, LeadStage } from '@loved/shared';

export type StageStyle = {
  /** The seed's column header colour. */
  headerClass: string;
  /** A stronger shade of it for small marks (dots, focus of a drop target). */
  accentClass: string;
  dropClass: string;
};

/** The five stages in board order, with the seed's colours; the Record keeps it complete. */
export const STAGE_STYLES: Record<LeadStage, StageStyle> = {
  lead: { headerClass: 'bg-gray-100', accentClass: 'bg-gray-500', dropClass: 'bg-gray-100/70' },
  contato: { headerClass: 'bg-blue-100', accentClass: 'bg-blue-500', dropClass: 'bg-blue-50' },
  proposta: {
    headerClass: 'bg-yellow-100',
    accentClass: 'bg-yellow-500',
    dropClass: 'bg-yellow-50',
  },
  negociacao: {
    headerClass: 'bg-orange-100',
    accentClass: 'bg-orange-500',
    dropClass: 'bg-orange-50',
  },
  fechado: { headerClass: 'bg-green-100', accentClass: 'bg-green-500', dropClass: 'bg-green-50' },
};

export const STAGE_ORDER = Object.keys(STAGE_STYLES) as LeadStage[];

export const PRIORITY_OPTIONS: readonly LeadPriority[] = ['low', 'medium', 'high'];

export function isLeadStage(value: string): value is LeadStage {
  return value in STAGE_STYLES;
}

export function isLeadPriority(value: string): value is LeadPriority {
  return (PRIORITY_OPTIONS as readonly string[]).includes(value);
}
