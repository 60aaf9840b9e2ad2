import type { LeadResponse } from '@loved/shared';
import { useState } from 'react';
import { staleLeadOf, useUpdateLead } from '@/features/leads/api/update-lead';
import { CloseLeadDialog } from '@/features/leads/components/close-lead-dialog';
import {
  InlineField,
  type InlineFieldOption,
  type InlineSaveResult,
} from '@/features/leads/components/lead-page/inline-field';
import type { AssigneeOption, LeadFormField } from '@/features/leads/types/lead-form';
import {
  formErrorsFromApi,
  leadToFormValues,
  parseLeadUpdate,
} from '@/features/leads/utils/lead-form';
import { formatMoneyInput } from '@/features/leads/utils/money-input';
import {
  isLeadPriority,
  isLeadStage,
  PRIORITY_OPTIONS,
  STAGE_ORDER,
} from '@/features/leads/utils/stages';
import { describeError, fieldErrorsOf } from '@/lib/describe-error';
import { useTranslation } from '@/lib/i18n/use-translation';
import { formatPhone } from '@/utils/phone-format';

export type LeadDetailFieldsProps = {
  lead: LeadResponse;
  assignees: AssigneeOption[];
  /** Admins and managers assign; agents read the assignee. */
  canAssign: boolean;
};

type EditableField = Exclude<LeadFormField, 'outcome' | 'lostReason'>;

/**
 * The lead's fields, read as text and edited one at a time in place: each save is one PATCH
 * of that field with the version the lead was read at. Moving to Fechado asks won or lost.
 */
export function LeadDetailFields({
  lead,
  assignees,
  canAssign,
}: LeadDetailFieldsProps): React.JSX.Element {
  const { t, dictionary, language, money } = useTranslation();
  const update = useUpdateLead();
  const [isClosing, setIsClosing] = useState(false);

  const assigneeName = (current: LeadResponse): string =>
    current.assigned_user?.name ??
    (current.assigned_user_id
      ? (assignees.find((each) => each.id === current.assigned_user_id)?.name ?? '')
      : t('common.unassigned'));

  /** A field of `current` as the page shows it (also the "current value" of a conflict). */
  const displayOf = (field: EditableField, current: LeadResponse): string => {
    switch (field) {
      case 'name':
        return current.name;
      case 'email':
        return current.email ?? '';
      case 'phone':
        return current.phone ? formatPhone(current.phone) : '';
      case 'stage':
        return t(`stages.${current.stage}`);
      case 'priority':
        return t(`priorities.${current.priority}`);
      case 'estimatedValue':
        return current.estimated_value === null ? '' : money(current.estimated_value);
      case 'source':
        return current.source ?? '';
      case 'tags':
        return current.tags.join(', ');
      case 'assignedUserId':
        return assigneeName(current);
    }
  };

  const save = async (field: EditableField, draft: string): Promise<InlineSaveResult> => {
    const original = leadToFormValues(lead, language);
    if (field === 'stage' && draft === 'fechado') {
      // Closing asks won or lost (and why), as dropping a card on Fechado does.
      setIsClosing(true);
      return { status: 'saved' };
    }
    const values = { ...original };
    if (field === 'stage') {
      if (isLeadStage(draft)) values.stage = draft;
    } else if (field === 'priority') {
      if (isLeadPriority(draft)) values.priority = draft;
    } else {
      values[field] = draft;
    }
    const parsed = parseLeadUpdate(values, original, lead.version, t);
    if (!parsed.ok) {
      return { status: 'invalid', message: parsed.errors[field] ?? t('validation.invalid') };
    }
    try {
      await update.mutateAsync({ id: lead.id, body: parsed.body });
      return { status: 'saved' };
    } catch (error) {
      // The record already holds the current lead (the mutation wrote it): show its value.
      const current = staleLeadOf(error);
      if (current) return { status: 'conflict', current: displayOf(field, current) };
      const errors = formErrorsFromApi(fieldErrorsOf(error, t, dictionary));
      return { status: 'invalid', message: errors[field] ?? describeError(error, t, dictionary) };
    }
  };

  const stageOptions: InlineFieldOption[] = STAGE_ORDER.map((stage) => ({
    value: stage,
    label: t(`stages.${stage}`),
  }));
  const priorityOptions: InlineFieldOption[] = PRIORITY_OPTIONS.map((priority) => ({
    value: priority,
    label: t(`priorities.${priority}`),
  }));
  const assigneeOptions: InlineFieldOption[] = [
    { value: '', label: t('common.unassigned') },
    ...(lead.assigned_user_id && !assignees.some((each) => each.id === lead.assigned_user_id)
      ? [{ value: lead.assigned_user_id, label: assigneeName(lead) }]
      : []),
    ...assignees.map((assignee) => ({ value: assignee.id, label: assignee.name })),
  ];
  const result = lead.outcome ? t(`outcomes.${lead.outcome}`) : t('lead.inline.open');

  return (
    <div className="flex flex-col gap-3">
      <InlineField
        label={t('lead.fields.name')}
        display={displayOf('name', lead)}
        value={lead.name}
        onSave={(draft) => save('name', draft)}
      />
      <InlineField
        label={t('lead.fields.email')}
        type="email"
        display={displayOf('email', lead)}
        value={lead.email ?? ''}
        onSave={(draft) => save('email', draft)}
      />
      <InlineField
        label={t('lead.fields.phone')}
        type="tel"
        display={displayOf('phone', lead)}
        value={displayOf('phone', lead)}
        onSave={(draft) => save('phone', draft)}
      />
      <InlineField
        label={t('lead.fields.stage')}
        options={stageOptions}
        display={displayOf('stage', lead)}
        value={lead.stage}
        onSave={(draft) => save('stage', draft)}
      />
      <InlineField
        label={t('lead.fields.estimatedValue')}
        inputMode="decimal"
        placeholder={formatMoneyInput('1500.00', language)}
        display={displayOf('estimatedValue', lead)}
        value={formatMoneyInput(lead.estimated_value, language)}
        onSave={(draft) => save('estimatedValue', draft)}
      />
      <InlineField
        label={t('lead.fields.source')}
        placeholder={t('lead.fields.sourcePlaceholder')}
        display={displayOf('source', lead)}
        value={lead.source ?? ''}
        onSave={(draft) => save('source', draft)}
      />
      <InlineField
        label={t('lead.fields.tags')}
        hint={t('lead.fields.tagsHint')}
        display={displayOf('tags', lead)}
        value={lead.tags.join(', ')}
        onSave={(draft) => save('tags', draft)}
      />
      <InlineField
        label={t('lead.fields.priority')}
        options={priorityOptions}
        display={displayOf('priority', lead)}
        value={lead.priority}
        onSave={(draft) => save('priority', draft)}
      />
      <InlineField
        label={t('lead.fields.assignee')}
        options={assigneeOptions}
        readOnly={!canAssign}
        readOnlyHint={t('lead.inline.assigneeReadOnly')}
        display={displayOf('assignedUserId', lead)}
        value={lead.assigned_user_id ?? ''}
        onSave={(draft) => save('assignedUserId', draft)}
      />
      <div className="flex flex-col gap-0.5">
        <span className="text-xs font-medium text-muted-foreground">
          {t('lead.details.result')}
        </span>
        <p className="min-h-8 py-1 text-sm break-words">
          {result}
          {lead.outcome === 'lost' && lead.lost_reason
            ? ` · ${t('lead.inline.lostReason', { reason: lead.lost_reason })}`
            : null}
        </p>
      </div>
      <CloseLeadDialog lead={lead} open={isClosing} onOpenChange={setIsClosing} />
    </div>
  );
}
