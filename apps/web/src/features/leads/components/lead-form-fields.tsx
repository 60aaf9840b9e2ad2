import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import type {
  AssigneeOption,
  LeadFormErrors,
  LeadFormField,
  LeadFormValues,
} from '@/features/leads/types/lead-form';
import {
  isLeadPriority,
  isLeadStage,
  PRIORITY_OPTIONS,
  STAGE_ORDER,
} from '@/features/leads/utils/stages';
import { useTranslation } from '@/lib/i18n/use-translation';
import { formatMoneyInput } from '@/features/leads/utils/money-input';

export type LeadFormFieldsProps = {
  values: LeadFormValues;
  errors: LeadFormErrors;
  /** Members to assign to; the current assignee is offered even before they load. */
  assignees: AssigneeOption[];
  /** The assignee's name when they are not among `assignees` (e.g. list still loading). */
  currentAssigneeName?: string;
  /** Editing an existing lead: the outcome fields appear on closed deals. */
  isEditing: boolean;
  disabled?: boolean;
  onChange: <F extends LeadFormField>(field: F, value: LeadFormValues[F]) => void;
};

export function LeadFormFields({
  values,
  errors,
  assignees,
  currentAssigneeName,
  isEditing,
  disabled,
  onChange,
}: LeadFormFieldsProps): React.JSX.Element {
  const { t, language } = useTranslation();
  const assigneeMissing =
    values.assignedUserId !== '' &&
    !assignees.some((assignee) => assignee.id === values.assignedUserId);

  return (
    <fieldset disabled={disabled} className="@container">
      <div className="grid gap-4 @md:grid-cols-2">
        <Field label={t('lead.fields.name')} error={errors.name} className="@md:col-span-2">
          {(control) => (
            <Input
              {...control}
              required
              autoComplete="off"
              value={values.name}
              onChange={(event) => onChange('name', event.target.value)}
            />
          )}
        </Field>
        <Field label={t('lead.fields.email')} error={errors.email}>
          {(control) => (
            <Input
              {...control}
              type="email"
              autoComplete="off"
              value={values.email}
              onChange={(event) => onChange('email', event.target.value)}
            />
          )}
        </Field>
        <Field label={t('lead.fields.phone')} error={errors.phone}>
          {(control) => (
            <Input
              {...control}
              type="tel"
              autoComplete="off"
              value={values.phone}
              onChange={(event) => onChange('phone', event.target.value)}
            />
          )}
        </Field>
        <Field label={t('lead.fields.stage')} error={errors.stage}>
          {(control) => (
            <Select
              {...control}
              value={values.stage}
              onChange={(event) => {
                if (isLeadStage(event.target.value)) onChange('stage', event.target.value);
              }}
            >
              {STAGE_ORDER.map((stage) => (
                <option key={stage} value={stage}>
                  {t(`stages.${stage}`)}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field label={t('lead.fields.priority')} error={errors.priority}>
          {(control) => (
            <Select
              {...control}
              value={values.priority}
              onChange={(event) => {
                if (isLeadPriority(event.target.value)) onChange('priority', event.target.value);
              }}
            >
              {PRIORITY_OPTIONS.map((priority) => (
                <option key={priority} value={priority}>
                  {t(`priorities.${priority}`)}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field label={t('lead.fields.estimatedValue')} error={errors.estimatedValue}>
          {(control) => (
            <Input
              {...control}
              inputMode="decimal"
              autoComplete="off"
              placeholder={formatMoneyInput('1500.00', language)}
              value={values.estimatedValue}
              onChange={(event) => onChange('estimatedValue', event.target.value)}
            />
          )}
        </Field>
        <Field label={t('lead.fields.source')} error={errors.source}>
          {(control) => (
            <Input
              {...control}
              autoComplete="off"
              placeholder={t('lead.fields.sourcePlaceholder')}
              value={values.source}
              onChange={(event) => onChange('source', event.target.value)}
            />
          )}
        </Field>
        <Field label={t('lead.fields.tags')} hint={t('lead.fields.tagsHint')} error={errors.tags}>
          {(control) => (
            <Input
              {...control}
              autoComplete="off"
              value={values.tags}
              onChange={(event) => onChange('tags', event.target.value)}
            />
          )}
        </Field>
        <Field label={t('lead.fields.assignee')} error={errors.assignedUserId}>
          {(control) => (
            <Select
              {...control}
              value={values.assignedUserId}
              onChange={(event) => onChange('assignedUserId', event.target.value)}
            >
              <option value="">{t('common.unassigned')}</option>
              {assigneeMissing ? (
                <option value={values.assignedUserId}>
                  {currentAssigneeName ?? values.assignedUserId}
                </option>
              ) : null}
              {assignees.map((assignee) => (
                <option key={assignee.id} value={assignee.id}>
                  {assignee.name}
                </option>
              ))}
            </Select>
          )}
        </Field>
        {isEditing && values.stage === 'fechado' ? (
          <>
            <Field label={t('lead.fields.outcome')} error={errors.outcome}>
              {(control) => (
                <Select
                  {...control}
                  value={values.outcome}
                  onChange={(event) => {
                    const next = event.target.value;
                    onChange('outcome', next === 'won' || next === 'lost' ? next : '');
                  }}
                >
                  <option value="">{t('lead.fields.noOutcome')}</option>
                  <option value="won">{t('outcomes.won')}</option>
                  <option value="lost">{t('outcomes.lost')}</option>
                </Select>
              )}
            </Field>
            {values.outcome === 'lost' ? (
              <Field label={t('lead.fields.lostReason')} error={errors.lostReason}>
                {(control) => (
                  <Input
                    {...control}
                    autoComplete="off"
                    value={values.lostReason}
                    onChange={(event) => onChange('lostReason', event.target.value)}
                  />
                )}
              </Field>
            ) : null}
          </>
        ) : null}
      </div>
    </fieldset>
  );
}
