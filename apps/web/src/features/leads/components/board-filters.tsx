import { Search, X } from 'lucide-react';
import { useEffect, useState } from 'react';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { DEFAULT_FILTERS, useLeadBoardStore } from '@/features/leads/stores/lead-board.store';
import type { AssigneeFilter } from '@/features/leads/types/board';
import { isFiltered } from '@/features/leads/utils/board-columns';
import { useDebouncedValue } from '@/hooks/use-debounced-value';
import { useTranslation } from '@/lib/i18n/use-translation';

const SEARCH_DELAY_MS = 300;

const ASSIGNEE_OPTIONS: Record<AssigneeFilter, true> = { anyone: true, me: true, none: true };

function isAssigneeFilter(value: string): value is AssigneeFilter {
  return value in ASSIGNEE_OPTIONS;
}

/** Assignee, tag and a search box; typing waits a moment before asking the API. */
export function BoardFilters(): React.JSX.Element {
  const { t } = useTranslation();
  const filters = useLeadBoardStore((state) => state.filters);
  const setFilters = useLeadBoardStore((state) => state.setFilters);
  const [q, setQ] = useState(filters.q);
  const [tag, setTag] = useState(filters.tag);
  const debouncedQ = useDebouncedValue(q, SEARCH_DELAY_MS);
  const debouncedTag = useDebouncedValue(tag, SEARCH_DELAY_MS);

  useEffect(() => {
    const current = useLeadBoardStore.getState().filters;
    if (debouncedQ.trim() === current.q.trim() && debouncedTag.trim() === current.tag.trim()) {
      return;
    }
    setFilters({ q: debouncedQ, tag: debouncedTag });
  }, [debouncedQ, debouncedTag, setFilters]);

  const handleClear = (): void => {
    setQ('');
    setTag('');
    setFilters(DEFAULT_FILTERS);
  };

  return (
    <form
      role="search"
      aria-label={t('pipeline.filters.label')}
      className="grid grid-cols-2 gap-3 sm:grid-cols-[minmax(0,1fr)_10rem_10rem_auto] sm:items-end"
      onSubmit={(event) => {
        event.preventDefault();
        setFilters({ q, tag });
      }}
    >
      <Field label={t('pipeline.filters.search')} className="col-span-2 sm:col-span-1">
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
              placeholder={t('pipeline.filters.searchPlaceholder')}
              value={q}
              onChange={(event) => setQ(event.target.value)}
            />
          </div>
        )}
      </Field>
      <Field label={t('pipeline.filters.assignee')}>
        {(control) => (
          <Select
            {...control}
            value={filters.assignee}
            onChange={(event) => {
              if (isAssigneeFilter(event.target.value)) {
                setFilters({ assignee: event.target.value });
              }
            }}
          >
            <option value="anyone">{t('pipeline.filters.anyone')}</option>
            <option value="me">{t('pipeline.filters.me')}</option>
            <option value="none">{t('pipeline.filters.unassigned')}</option>
          </Select>
        )}
      </Field>
      <Field label={t('pipeline.filters.tag')}>
        {(control) => (
          <Input
            {...control}
            placeholder={t('pipeline.filters.tagPlaceholder')}
            value={tag}
            onChange={(event) => setTag(event.target.value)}
          />
        )}
      </Field>
      <Button
        type="button"
        variant="ghost"
        className="col-span-2 sm:col-span-1"
        disabled={!isFiltered(filters) && q === '' && tag === ''}
        onClick={handleClear}
      >
        <X aria-hidden="true" />
        {t('pipeline.filters.clear')}
      </Button>
    </form>
  );
}
