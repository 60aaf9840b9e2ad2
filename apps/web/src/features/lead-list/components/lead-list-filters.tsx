import { ChevronDown, Search, SlidersHorizontal, X } from 'lucide-react';
import { useEffect, useId, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import type { LeadListQueryPatch } from '@/features/lead-list/hooks/use-lead-list-query';
import type { LeadListQuery, ListMember } from '@/features/lead-list/types/lead-list';
import {
  LIST_PRIORITIES,
  LIST_RESULTS,
  LIST_STAGES,
} from '@/features/lead-list/utils/list-options';
import { activeFilterCount } from '@/features/lead-list/utils/list-query';
import { useDebouncedValue } from '@/hooks/use-debounced-value';
import { cn } from '@/lib/cn';
import { useTranslation } from '@/lib/i18n/use-translation';

const TYPING_DELAY_MS = 300;

export type LeadListFiltersProps = {
  query: LeadListQuery;
  onChange: (patch: LeadListQueryPatch) => void;
  /** Everyone the assignee filter can name besides "me" and "nobody". */
  members: ListMember[];
  currentUserId: string | null;
};

/**
 * The board's filters (search, assignee, tag, priority, result, "sem próxima atividade") plus
 * the stage. Typing waits a moment before the URL (and so the API) changes. On a phone they
 * fold into one button.
 */
export function LeadListFilters({
  query,
  onChange,
  members,
  currentUserId,
}: LeadListFiltersProps): React.JSX.Element {
  const { t } = useTranslation();
  const formId = useId();
  const [isOpen, setIsOpen] = useState(false);
  const [q, setQ] = useState(query.q ?? '');
  const [tag, setTag] = useState(query.tag ?? '');
  // When the URL changes from elsewhere (a saved filter, Back), the boxes follow it; text that
  // already says the same (a space still being typed) stays as the user left it.
  const [seen, setSeen] = useState({ q: query.q, tag: query.tag });
  if (seen.q !== query.q || seen.tag !== query.tag) {
    setSeen({ q: query.q, tag: query.tag });
    if (q.trim() !== (query.q ?? '')) setQ(query.q ?? '');
    if (tag.trim() !== (query.tag ?? '')) setTag(query.tag ?? '');
  }
  const debouncedQ = useDebouncedValue(q, TYPING_DELAY_MS);
  const debouncedTag = useDebouncedValue(tag, TYPING_DELAY_MS);
  const latest = useRef({ query, onChange });
  useEffect(() => {
    latest.current = { query, onChange };
  });

  // Only what the user typed goes to the URL: this runs when the debounced text changes, never
  // when the URL does, so a saved filter just applied is not overwritten by the old text.
  useEffect(() => {
    const { query: current, onChange: change } = latest.current;
    const patch: LeadListQueryPatch = {};
    if (debouncedQ.trim() !== (current.q ?? '')) patch.q = debouncedQ;
    if (debouncedTag.trim() !== (current.tag ?? '')) patch.tag = debouncedTag;
    if (Object.keys(patch).length > 0) change(patch);
  }, [debouncedQ, debouncedTag]);

  const count = activeFilterCount(query);
  const others = members.filter((member) => member.id !== currentUserId);
  const isKnownAssignee =
    query.assigned_user_id === undefined ||
    query.assigned_user_id === 'me' ||
    query.assigned_user_id === 'none' ||
    others.some((member) => member.id === query.assigned_user_id);

  const handleClear = (): void => {
    setQ('');
    setTag('');
    onChange({
      q: undefined,
      stage: undefined,
      assigned_user_id: undefined,
      tag: undefined,
      priority: undefined,
      outcome: undefined,
      has_next_activity: undefined,
    });
  };

  return (
    <div className="flex flex-col gap-3">
      <Button
        variant="outline"
        className="self-start sm:hidden"
        aria-expanded={isOpen}
        aria-controls={formId}
        onClick={() => setIsOpen((open) => !open)}
      >
        <SlidersHorizontal aria-hidden="true" />
        {count > 0 ? t('leadList.filters.toggleActive', { count }) : t('leadList.filters.toggle')}
        <ChevronDown
          aria-hidden="true"
          className={cn('transition-transform', isOpen && 'rotate-180')}
        />
      </Button>
      <form
        id={formId}
        role="search"
        aria-label={t('leadList.filters.label')}
        className={cn(
          'grid-cols-2 gap-3 sm:grid sm:grid-cols-3 sm:items-end lg:grid-cols-[minmax(10rem,1fr)_repeat(5,minmax(0,8.5rem))_auto_auto]',
          isOpen ? 'grid' : 'hidden',
        )}
        onSubmit={(event) => {
          event.preventDefault();
          onChange({ q, tag });
        }}
      >
        <Field label={t('leadList.filters.search')} className="col-span-2 sm:col-span-1">
          {(control) => (
            <div className="relative">
              <Search
                aria-hidden="true"
                className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-muted-foreground"
              />
              <Input
                {...control}
                type="search"
                className="pl-8"
                placeholder={t('leadList.filters.searchPlaceholder')}
                value={q}
                onChange={(event) => setQ(event.target.value)}
              />
            </div>
          )}
        </Field>
        <Field label={t('leadList.filters.stage')}>
          {(control) => (
            <Select
              {...control}
              value={query.stage ?? ''}
              onChange={(event) => onChange({ stage: event.target.value })}
            >
              <option value="">{t('leadList.filters.anyStage')}</option>
              {LIST_STAGES.map((stage) => (
                <option key={stage} value={stage}>
                  {t(`stages.${stage}`)}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field label={t('leadList.filters.assignee')}>
          {(control) => (
            <Select
              {...control}
              value={query.assigned_user_id ?? ''}
              onChange={(event) => onChange({ assigned_user_id: event.target.value })}
            >
              <option value="">{t('leadList.filters.anyone')}</option>
              <option value="me">{t('leadList.filters.me')}</option>
              <option value="none">{t('leadList.filters.unassigned')}</option>
              {others.map((member) => (
                <option key={member.id} value={member.id}>
                  {member.name}
                </option>
              ))}
              {isKnownAssignee ? null : (
                <option value={query.assigned_user_id}>{t('leadList.filters.someone')}</option>
              )}
            </Select>
          )}
        </Field>
        <Field label={t('leadList.filters.tag')}>
          {(control) => (
            <Input
              {...control}
              placeholder={t('leadList.filters.tagPlaceholder')}
              value={tag}
              onChange={(event) => setTag(event.target.value)}
            />
          )}
        </Field>
        <Field label={t('leadList.filters.priority')}>
          {(control) => (
            <Select
              {...control}
              value={query.priority ?? ''}
              onChange={(event) => onChange({ priority: event.target.value })}
            >
              <option value="">{t('leadList.filters.anyPriority')}</option>
              {LIST_PRIORITIES.map((priority) => (
                <option key={priority} value={priority}>
                  {t(`priorities.${priority}`)}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field label={t('leadList.filters.result')}>
          {(control) => (
            <Select
              {...control}
              value={query.outcome ?? ''}
              onChange={(event) => onChange({ outcome: event.target.value })}
            >
              <option value="">{t('leadList.filters.anyResult')}</option>
              {LIST_RESULTS.map((result) => (
                <option key={result} value={result}>
                  {t(`leadList.filters.${result}`)}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <label className="flex h-9 cursor-pointer items-center gap-2 self-end text-sm whitespace-nowrap">
          <input
            type="checkbox"
            className="size-4 cursor-pointer accent-primary"
            checked={query.has_next_activity === false}
            onChange={(event) =>
              onChange({ has_next_activity: event.target.checked ? 'false' : undefined })
            }
          />
          {t('nextActivity.filter')}
        </label>
        <Button
          type="button"
          variant="ghost"
          disabled={count === 0 && q === '' && tag === ''}
          onClick={handleClear}
        >
          <X aria-hidden="true" />
          {t('leadList.filters.clear')}
        </Button>
      </form>
    </div>
  );
}
