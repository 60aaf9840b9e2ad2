/** The five pipeline stages of the seed, in board order. */
export const LeadStage = {
  Lead: 'lead',
  Contato: 'contato',
  Proposta: 'proposta',
  Negociacao: 'negociacao',
  Fechado: 'fechado',
} as const;
export type LeadStage = (typeof LeadStage)[keyof typeof LeadStage];
export const LEAD_STAGES: readonly LeadStage[] = Object.values(LeadStage);

export const LEAD_STAGE_LABELS: Record<LeadStage, string> = {
  lead: 'Lead',
  contato: 'Contato',
  proposta: 'Proposta',
  negociacao: 'Negociação',
  fechado: 'Fechado',
};

export const LeadPriority = { Low: 'low', Medium: 'medium', High: 'high' } as const;
export type LeadPriority = (typeof LeadPriority)[keyof typeof LeadPriority];
export const LEAD_PRIORITIES: readonly LeadPriority[] = Object.values(LeadPriority);

export const LeadOutcome = { Won: 'won', Lost: 'lost' } as const;
export type LeadOutcome = (typeof LeadOutcome)[keyof typeof LeadOutcome];
export const LEAD_OUTCOMES: readonly LeadOutcome[] = Object.values(LeadOutcome);

/** Channels of the timeline (the seed's `voip` is a phone call). */
export const Channel = {
  WhatsApp: 'whatsapp',
  Email: 'email',
  Voip: 'voip',
  Note: 'note',
} as const;
export type Channel = (typeof Channel)[keyof typeof Channel];
export const CHANNELS: readonly Channel[] = Object.values(Channel);

export const LeadEventType = {
  Created: 'created',
  StageChanged: 'stage_changed',
  Assigned: 'assigned',
  OutcomeSet: 'outcome_set',
  /** An activity was completed: `from` = its type, `to` = its subject. */
  ActivityDone: 'activity_done',
} as const;
export type LeadEventType = (typeof LeadEventType)[keyof typeof LeadEventType];
export const LEAD_EVENT_TYPES: readonly LeadEventType[] = Object.values(LeadEventType);
