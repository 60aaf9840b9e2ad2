import type { LeadPriority, LeadResultFilter, LeadSort, LeadStage } from '@loved/shared';

// The shared lib's value lists, spelt out here because the web bundle takes only types from it
// (see eslint.config.mjs). Each list comes from a Record keyed by the shared type, so a value
// added there fails to compile here until it is added.

const STAGE_SET: Record<LeadStage, true> = {
  lead: true,
  contato: true,
  proposta: true,
  negociacao: true,
  fechado: true,
};

const PRIORITY_SET: Record<LeadPriority, true> = { high: true, medium: true, low: true };

const RESULT_SET: Record<LeadResultFilter, true> = { open: true, won: true, lost: true };

const SORT_SET: Record<LeadSort, true> = {
  '-created_at': true,
  created_at: true,
  position: true,
  name: true,
  '-name': true,
  '-updated_at': true,
  estimated_value: true,
  '-estimated_value': true,
  '-last_contact_at': true,
  last_contact_at: true,
  '-stage_changed_at': true,
  stage_changed_at: true,
};

/** The stages in board order. */
export const LIST_STAGES = Object.keys(STAGE_SET) as LeadStage[];
/** Highest first, as a rep scans them. */
export const LIST_PRIORITIES = Object.keys(PRIORITY_SET) as LeadPriority[];
export const LIST_RESULTS = Object.keys(RESULT_SET) as LeadResultFilter[];
export const LIST_SORTS = Object.keys(SORT_SET) as LeadSort[];
