import type { LeadResponse } from '@loved/shared';
import { SearchX, Users } from 'lucide-react';
import { useCallback, useMemo } from 'react';
import { EmptyState } from '@/components/empty-state';
import { ErrorState } from '@/components/error-state';
import { Button } from '@/components/ui/button';
import { useLeadList } from '@/features/lead-list/api/get-lead-list';
import { LeadExportButton } from '@/features/lead-list/components/lead-export-button';
import { LeadImportDialog } from '@/features/lead-list/components/lead-import-dialog';
import { LeadListBulkBar } from '@/features/lead-list/components/lead-list-bulk-bar';
import { LeadListFilters } from '@/features/lead-list/components/lead-list-filters';
import { LeadListSkeleton } from '@/features/lead-list/components/lead-list-skeleton';
import { LeadListTable } from '@/features/lead-list/components/lead-list-table';
import { SavedFiltersMenu } from '@/features/lead-list/components/saved-filters-menu';
import { useLeadListQuery } from '@/features/lead-list/hooks/use-lead-list-query';
import { useRowSelection } from '@/features/lead-list/hooks/use-row-selection';
import type { ListMember } from '@/features/lead-list/types/lead-list';
import { activeFilterCount, toSearchParams } from '@/features/lead-list/utils/list-query';
import { useOnVisible } from '@/hooks/use-on-visible';
import { describeError } from '@/lib/describe-error';
import { useTranslation } from '@/lib/i18n/use-translation';

export type LeadListProps = {
  members: ListMember[];
  currentUserId: string | null;
  /** Admins and managers: bulk delete is offered. */
  canDelete: boolean;
  /** Admins and managers: bulk assign to anyone (agents only to themselves). */
  canAssignOthers: boolean;
};

/** Each lead once, in the order the pages came (a lead moved between two pages shows once). */
function uniqueLeads(pages: ReadonlyArray<{ items: LeadResponse[] }>): LeadResponse[] {
  const seen = new Set<string>();
  return pages.flatMap((page) =>
    page.items.filter((lead) => {
      if (seen.has(lead.id)) return false;
      seen.add(lead.id);
      return true;
    }),
  );
}

/**
 * The list view: saved filters, import and export, the filters (in the URL), the table with its
 * sorting and selection, more rows on demand, and the bulk actions for the selected rows.
 */
export function LeadList({
  members,
  currentUserId,
  canDelete,
  canAssignOthers,
}: LeadListProps): React.JSX.Element {
  const { t, dictionary } = useTranslation();
  const { query, patchQuery, replaceQuery } = useLeadListQuery();
  const list = useLeadList(query);
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = list;
  const leads = useMemo(() => uniqueLeads(list.data?.pages ?? []), [list.data]);
  const ids = useMemo(() => leads.map((lead) => lead.id), [leads]);
  // Other filters start a new selection; another order keeps it (same leads).
  const filtersKey = toSearchParams({ ...query, sort: undefined }).toString();
  const selection = useRowSelection(ids, filtersKey);
  const selectedLeads = useMemo(
    () => leads.filter((lead) => selection.isSelected(lead.id)),
    [leads, selection],
  );
  const isFiltered = activeFilterCount(query) > 0;

  const handleLoadMore = useCallback(() => {
    if (hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [fetchNextPage, hasNextPage, isFetchingNextPage]);
  const sentinelRef = useOnVisible<HTMLDivElement>(
    handleLoadMore,
    hasNextPage && !isFetchingNextPage && !list.isFetchNextPageError,
  );
  const handleClearFilters = (): void => replaceQuery(query.sort ? { sort: query.sort } : {});

  const renderContent = (): React.JSX.Element => {
    if (list.isPending) return <LeadListSkeleton />;
    if (list.isError && !list.isFetchNextPageError) {
      return (
        <ErrorState
          title={t('leadList.table.loadError')}
          message={describeError(list.error, t, dictionary)}
          onRetry={() => void list.refetch()}
        />
      );
    }
    if (leads.length === 0) {
      return isFiltered ? (
        <EmptyState
          icon={SearchX}
          title={t('leadList.table.noMatchTitle')}
          description={t('leadList.table.noMatchDescription')}
          action={
            <Button variant="outline" onClick={handleClearFilters}>
              {t('leadList.filters.clear')}
            </Button>
          }
        />
      ) : (
        <EmptyState
          icon={Users}
          title={t('leadList.table.emptyTitle')}
          description={t('leadList.table.emptyDescription')}
        />
      );
    }
    return (
      <div className="flex flex-col gap-3">
        <LeadListTable
          leads={leads}
          sort={query.sort}
          onSortChange={(sort) => patchQuery({ sort })}
          isSelected={selection.isSelected}
          isPartlySelected={selectedLeads.length > 0 && !selection.allSelected}
          allSelected={selection.allSelected}
          onToggle={selection.toggle}
          onToggleAll={selection.toggleAll}
          isStale={list.isPlaceholderData}
        />
        <div className="flex flex-wrap items-center gap-3 text-sm text-muted-foreground">
          <p aria-live="polite">
            {leads.length === 1
              ? t('leadList.table.shownOne')
              : t('leadList.table.shown', { count: leads.length })}
          </p>
          {list.isFetchNextPageError ? (
            <p role="alert" className="text-destructive">
              {t('leadList.table.loadMoreError')}
            </p>
          ) : null}
          {hasNextPage ? (
            <Button
              variant="outline"
              size="sm"
              disabled={isFetchingNextPage}
              onClick={() => void fetchNextPage()}
            >
              {isFetchingNextPage ? t('common.loadingMore') : t('common.loadMore')}
            </Button>
          ) : null}
        </div>
        <div ref={sentinelRef} aria-hidden="true" />
      </div>
    );
  };

  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center gap-2">
        <SavedFiltersMenu query={query} onApply={replaceQuery} />
        <div className="flex flex-wrap gap-2 sm:ml-auto">
          <LeadImportDialog />
          <LeadExportButton query={query} />
        </div>
      </div>
      <LeadListFilters
        query={query}
        onChange={patchQuery}
        members={members}
        currentUserId={currentUserId}
      />
      {renderContent()}
      <LeadListBulkBar
        leads={selectedLeads}
        members={members}
        currentUserId={currentUserId}
        canDelete={canDelete}
        canAssignOthers={canAssignOthers}
        onClear={selection.clear}
      />
    </div>
  );
}
