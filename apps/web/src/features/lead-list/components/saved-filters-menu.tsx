import type { SavedFilter } from '@loved/shared';
import { Bookmark, BookmarkPlus, ChevronDown, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuRadioGroup,
  DropdownMenuRadioItem,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from '@/components/ui/dropdown-menu';
import { useDeleteSavedFilter } from '@/features/lead-list/api/delete-saved-filter';
import { useSavedFilters } from '@/features/lead-list/api/get-saved-filters';
import { SaveFilterDialog } from '@/features/lead-list/components/save-filter-dialog';
import type { LeadListQuery } from '@/features/lead-list/types/lead-list';
import { sameListQuery } from '@/features/lead-list/utils/list-query';
import { describeError } from '@/lib/describe-error';
import { useTranslation } from '@/lib/i18n/use-translation';
import { showToast } from '@/stores/toast.store';

export type SavedFiltersMenuProps = {
  query: LeadListQuery;
  onApply: (query: LeadListQuery) => void;
};

/**
 * The user's saved filters: apply one (it becomes the URL), delete one, or save the current
 * filters and order under a name. The one matching the list as it is shows as checked.
 */
export function SavedFiltersMenu({ query, onApply }: SavedFiltersMenuProps): React.JSX.Element {
  const { t, dictionary } = useTranslation();
  const { data: filters, isPending, isError } = useSavedFilters();
  const remove = useDeleteSavedFilter();
  const [isSaveOpen, setIsSaveOpen] = useState(false);
  const active = filters?.find((filter) => sameListQuery(filter.filters, query));
  const isEmptyQuery = Object.keys(query).length === 0;

  const handleRemove = (filter: SavedFilter): void => {
    remove.mutate(filter.id, {
      onSuccess: () => showToast({ title: t('leadList.saved.removed', { name: filter.name }) }),
      onError: (error) =>
        showToast({
          title: t('leadList.saved.removeFailed'),
          description: describeError(error, t, dictionary),
          variant: 'destructive',
        }),
    });
  };

  return (
    <>
      <DropdownMenu>
        <DropdownMenuTrigger asChild>
          <Button variant="outline">
            <Bookmark aria-hidden="true" />
            {active ? t('leadList.saved.active', { name: active.name }) : t('leadList.saved.menu')}
            <ChevronDown aria-hidden="true" />
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent align="start" className="w-72">
          <DropdownMenuLabel>{t('leadList.saved.menu')}</DropdownMenuLabel>
          {isPending ? (
            <DropdownMenuItem disabled>{t('common.loading')}</DropdownMenuItem>
          ) : isError ? (
            <DropdownMenuItem disabled>{t('leadList.saved.loadError')}</DropdownMenuItem>
          ) : filters.length === 0 ? (
            <DropdownMenuItem disabled>{t('leadList.saved.empty')}</DropdownMenuItem>
          ) : (
            <DropdownMenuRadioGroup value={active?.id ?? ''}>
              {filters.map((filter) => (
                <div key={filter.id} className="flex items-center gap-1">
                  <DropdownMenuRadioItem
                    value={filter.id}
                    className="min-w-0 flex-1"
                    onSelect={() => onApply(filter.filters)}
                  >
                    <span className="truncate">{filter.name}</span>
                  </DropdownMenuRadioItem>
                  <DropdownMenuItem
                    aria-label={t('leadList.saved.remove', { name: filter.name })}
                    className="text-muted-foreground data-[highlighted]:text-destructive"
                    disabled={remove.isPending}
                    onSelect={(event) => {
                      // The menu stays open, so several can go in a row.
                      event.preventDefault();
                      handleRemove(filter);
                    }}
                  >
                    <Trash2 aria-hidden="true" />
                  </DropdownMenuItem>
                </div>
              ))}
            </DropdownMenuRadioGroup>
          )}
          <DropdownMenuSeparator />
          <DropdownMenuItem disabled={isEmptyQuery} onSelect={() => setIsSaveOpen(true)}>
            <BookmarkPlus aria-hidden="true" />
            {t('leadList.saved.saveCurrent')}
          </DropdownMenuItem>
        </DropdownMenuContent>
      </DropdownMenu>
      <SaveFilterDialog open={isSaveOpen} onOpenChange={setIsSaveOpen} query={query} />
    </>
  );
}
