import type { CreateLeadRequest, LeadResponse, UpdateLeadRequest } from '@loved/shared';
import type {
  LeadFormErrors,
  LeadFormField,
  LeadFormValues,
} from '@/features/leads/types/lead-form';
import { formatMoneyInput, parseMoneyInput } from '@/features/leads/utils/money-input';
import { parseTags } from '@/features/leads/utils/tags';
import type { Translate } from '@/lib/i18n/translate';
import type { Language } from '@/stores/language.store';

export const EMPTY_LEAD_FORM: LeadFormValues = {
  name: '',
  email: '',
  phone: '',
  stage: 'lead',
  priority: 'medium',
  estimatedValue: '',
  source: '',
  tags: '',
  assignedUserId: '',
  outcome: '',
  lostReason: '',
};

export function leadToFormValues(lead: LeadResponse, language: Language): LeadFormValues {
  return {
    name: lead.name,
    email: lead.email ?? '',
    phone: lead.phone ?? '',
    stage: lead.stage,
    priority: lead.priority,
    estimatedValue: formatMoneyInput(lead.estimated_value, language),
    source: lead.source ?? '',
    tags: lead.tags.join(', '),
    assignedUserId: lead.assigned_user_id ?? '',
    outcome: lead.outcome ?? '',
    lostReason: lead.lost_reason ?? '',
  };
}

/** The API's field names, as the form names them (for the API's validation errors). */
const API_FIELDS: Record<string, LeadFormField> = {
  name: 'name',
  email: 'email',
  phone: 'phone',
  stage: 'stage',
  priority: 'priority',
  estimated_value: 'estimatedValue',
  estimated_value_cents: 'estimatedValue',
  source: 'source',
  tags: 'tags',
  assigned_user_id: 'assignedUserId',
  outcome: 'outcome',
  lost_reason: 'lostReason',
};

export function formErrorsFromApi(byApiField: Record<string, string>): LeadFormErrors {
  const errors: LeadFormErrors = {};
  for (const [apiField, message] of Object.entries(byApiField)) {
    const field = API_FIELDS[apiField.split('.')[0] ?? apiField];
    if (field) errors[field] ??= message;
  }
  return errors;
}

export type ParsedLeadForm =
  { ok: true; body: CreateLeadRequest } | { ok: false; errors: LeadFormErrors };

/** Checks what the browser can check and converts the form for `POST /leads`. */
export function parseLeadForm(values: LeadFormValues, t: Translate): ParsedLeadForm {
  const errors: LeadFormErrors = {};
  if (!values.name.trim()) errors.name = t('validation.required');
  const estimatedValue = parseMoneyInput(values.estimatedValue);
  if (estimatedValue === undefined) errors.estimatedValue = t('validation.money');
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    body: {
      name: values.name.trim(),
      email: values.email.trim() || null,
      phone: values.phone.trim() || null,
      stage: values.stage,
      priority: values.priority,
      estimated_value: estimatedValue ?? null,
      source: values.source.trim() || null,
      tags: parseTags(values.tags),
      assigned_user_id: values.assignedUserId || null,
    },
  };
}

export type ParsedLeadUpdate =
  { ok: true; body: UpdateLeadRequest } | { ok: false; errors: LeadFormErrors };

/** Only the fields that changed, with the version the form was loaded from. */
export function parseLeadUpdate(
  values: LeadFormValues,
  original: LeadFormValues,
  version: number,
  t: Translate,
): ParsedLeadUpdate {
  const parsed = parseLeadForm(values, t);
  if (!parsed.ok) return parsed;
  const body: UpdateLeadRequest = { version };
  const full = parsed.body;
  const changed = (field: LeadFormField): boolean => values[field] !== original[field];
  if (changed('name')) body.name = full.name;
  if (changed('email')) body.email = full.email;
  if (changed('phone')) body.phone = full.phone;
  if (changed('stage')) body.stage = full.stage;
  if (changed('priority')) body.priority = full.priority;
  if (changed('estimatedValue')) body.estimated_value = full.estimated_value;
  if (changed('source')) body.source = full.source;
  if (changed('tags')) body.tags = full.tags;
  if (changed('assignedUserId')) body.assigned_user_id = full.assigned_user_id;
  if (values.stage === 'fechado') {
    if (changed('outcome')) body.outcome = values.outcome || null;
    if (changed('lostReason')) body.lost_reason = values.lostReason.trim() || null;
  }
  return { ok: true, body };
}

export function changedFields(values: LeadFormValues, original: LeadFormValues): LeadFormField[] {
  return (Object.keys(values) as LeadFormField[]).filter(
    (field) => values[field] !== original[field],
  );
}
