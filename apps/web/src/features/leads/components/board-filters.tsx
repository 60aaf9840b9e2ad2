import type { LeadResultFilter } from '@loved/shared';
import { ChevronDown, Search, SlidersHorizontal, X } from 'lucide-react';
import { useEffect, useId, useState } from 'react';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { DEFAULT_FILTERS, useLeadBoardStore } from '@/features/leads/stores/lead-board.store';
import type {
  AssigneeFilter,
  BoardFilters as BoardFiltersValue,
} from '@/features/leads/types/board';
import { isFiltered, LEAD_RESULTS } from '@/features/leads/utils/board-columns';
import { useDebouncedValue } from '@/hooks/use-debounced-value';
import { cn } from '@/lib/cn';
import { useTranslation } from '@/lib/i18n/use-translation';

const SEARCH_DELAY_MS = 300;

const ASSIGNEE_OPTIONS: Record<AssigneeFilter, true> = { anyone: true, me: true, none: true };

function isAssigneeFilter(value: string): value is AssigneeFilter {
  return value in ASSIGNEE_OPTIONS;
}

function isResultFilter(value: string): value is LeadResultFilter {
  return (LEAD_RESULTS as readonly string[]).includes(value);
}

/** How many filters narrow the board (the count on the phone's "Filtros" button). */
function activeCount(filters: BoardFiltersValue): number {
  return [
    filters.assignee !== 'anyone',
    filters.tag.trim() !== '',
    filters.q.trim() !== '',
    filters.outcome !== undefined,
    filters.hasNextActivity !== undefined,
  ].filter(Boolean).length;
}

/**
 * Search, assignee, tag, result and "sem próxima atividade"; typing waits a moment before asking
 * the API. On a phone they fold into one "Filtros" button, so the board's first card shows
 * without scrolling.
 */
export function BoardFilters(): React.JSX.Element {
  const { t } = useTranslation();
  const formId = useId();
  const filters = useLeadBoardStore((state) => state.filters);
  const setFilters = useLeadBoardStore((state) => state.setFilters);
  const [q, setQ] = useState(filters.q);
  const [tag, setTag] = useState(filters.tag);
  const [isOpen, setIsOpen] = useState(false);
  const debouncedQ = useDebouncedValue(q, SEARCH_DELAY_MS);
  const debouncedTag = useDebouncedValue(tag, SEARCH_DELAY_MS);
  const count = activeCount(filters);

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
    setFilters({ ...DEFAULT_FILTERS, outcome: undefined, hasNextActivity: undefined });
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
        {count > 0 ? t('pipeline.filters.toggleActive', { count }) : t('pipeline.filters.toggle')}
        <ChevronDown
          aria-hidden="true"
          className={cn('transition-transform', isOpen && 'rotate-180')}
        />
      </Button>
      <form
        id={formId}
        role="search"
        aria-label={t('pipeline.filters.label')}
        className={cn(
          'grid-cols-2 gap-3 sm:grid lg:grid-cols-[minmax(0,1fr)_10rem_10rem_10rem_auto_auto] lg:items-end',
          isOpen ? 'grid' : 'hidden',
        )}
        onSubmit={(event) => {
          event.preventDefault();
          setFilters({ q, tag });
        }}
      >
        <Field label={t('pipeline.filters.search')} className="col-span-2 lg:col-span-1">
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
        <Field label={t('pipeline.filters.result')}>
          {(control) => (
            <Select
              {...control}
              value={filters.outcome ?? ''}
              onChange={(event) => {
                const value = event.target.value;
                setFilters({ outcome: isResultFilter(value) ? value : undefined });
              }}
            >
              <option value="">{t('pipeline.filters.anyResult')}</option>
              {LEAD_RESULTS.map((result) => (
                <option key={result} value={result}>
                  {t(`pipeline.filters.${result}`)}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <label className="col-span-2 flex h-9 cursor-pointer items-center gap-2 text-sm whitespace-nowrap lg:col-span-1">
          <input
            type="checkbox"
            className="size-4 cursor-pointer accent-primary"
            checked={filters.hasNextActivity === false}
            onChange={(event) =>
              setFilters({ hasNextActivity: event.target.checked ? false : undefined })
            }
          />
          {t('nextActivity.filter')}
        </label>
        <Button
          type="button"
          variant="ghost"
          className="col-span-2 lg:col-span-1"
          disabled={!isFiltered(filters) && q === '' && tag === ''}
          onClick={handleClear}
        >
          <X aria-hidden="true" />
          {t('pipeline.filters.clear')}
        </Button>
      </form>
    </div>
  );
}
