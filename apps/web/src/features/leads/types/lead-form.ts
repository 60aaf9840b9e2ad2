import type { LeadOutcome, LeadPriority, LeadStage } from '@loved/shared';

/** The lead form as typed: strings, converted for the API on submit. */
export type LeadFormValues = {
  name: string;
  email: string;
  phone: string;
  stage: LeadStage;
  priority: LeadPriority;
  estimatedValue: string;
  source: string;
  tags: string;
  /** '' for nobody. */
  assignedUserId: string;
  /** '' while the deal is open. */
  outcome: LeadOutcome | '';
  lostReason: string;
};

export type LeadFormField = keyof LeadFormValues;

export type LeadFormErrors = Partial<Record<LeadFormField, string>>;

/** Someone a lead can be assigned to. */
export type AssigneeOption = { id: string; name: string };
