import type { BULK_LEADS_MAX, BulkLeadsRequest, LeadResponse } from '@loved/shared';
import { ArrowRightLeft, ChevronDown, Tag, Trash2, UserRound, X } from 'lucide-react';
import { useMemo, useState } from 'react';
import { Button } from '@/components/ui/button';
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from '@/components/ui/dropdown-menu';
import { useBulkLeads } from '@/features/lead-list/api/bulk-leads';
import { BulkDeleteDialog } from '@/features/lead-list/components/bulk-delete-dialog';
import { BulkTagDialog } from '@/features/lead-list/components/bulk-tag-dialog';
import type { ListMember } from '@/features/lead-list/types/lead-list';
import { bulkResultText } from '@/features/lead-list/utils/bulk-result-text';
import { LIST_STAGES } from '@/features/lead-list/utils/list-options';
import { ApiError } from '@/lib/api-client';
import { describeError } from '@/lib/describe-error';
import { useTranslation } from '@/lib/i18n/use-translation';
import { showToast } from '@/stores/toast.store';

/** Most leads one request may change (the API refuses more). */
const MAX_LEADS: typeof BULK_LEADS_MAX = 500;

export type LeadListBulkBarProps = {
  /** The selected leads, in list order. */
  leads: LeadResponse[];
  members: ListMember[];
  currentUserId: string | null;
  /** Admins and managers may delete; agents do not see the action. */
  canDelete: boolean;
  /** Agents may only take leads themselves or leave them without anyone. */
  canAssignOthers: boolean;
  onClear: () => void;
};

function missingCount(error: unknown): number | null {
  if (!(error instanceof ApiError) || error.code !== 'LEAD_NOT_FOUND') return null;
  const missing = error.extensions.missing_ids;
  return Array.isArray(missing) ? missing.length : 0;
}

/**
 * What to do with the selected leads: move, assign, tag, untag or delete them, each in ONE
 * request. Says what happened, or that nothing changed and why.
 */
export function LeadListBulkBar({
  leads,
  members,
  currentUserId,
  canDelete,
  canAssignOthers,
  onClear,
}: LeadListBulkBarProps): React.JSX.Element | null {
  const { t, dictionary } = useTranslation();
  const bulk = useBulkLeads();
  const [tagMode, setTagMode] = useState<'add' | 'remove' | null>(null);
  const [isDeleteOpen, setIsDeleteOpen] = useState(false);
  const count = leads.length;
  const tooMany = count > MAX_LEADS;
  const isBusy = bulk.isPending || tooMany;

  const assignees = useMemo(
    () => (canAssignOthers ? members : members.filter((member) => member.id === currentUserId)),
    [canAssignOthers, currentUserId, members],
  );
  const tagsOfSelection = useMemo(
    () => [...new Set(leads.flatMap((lead) => lead.tags))].sort((a, b) => a.localeCompare(b)),
    [leads],
  );

  if (count === 0) return null;

  const run = (request: Omit<BulkLeadsRequest, 'ids'>, names: { assignee?: string } = {}): void => {
    const body: BulkLeadsRequest = { ...request, ids: leads.map((lead) => lead.id) };
    bulk.mutate(body, {
      onSuccess: (result) => {
        setTagMode(null);
        setIsDeleteOpen(false);
        onClear();
        showToast({ title: bulkResultText(body, result, t, names), variant: 'success' });
      },
      onError: (error) => {
        setTagMode(null);
        setIsDeleteOpen(false);
        const missing = missingCount(error);
        showToast({
          title: t('leadList.bulk.failedTitle'),
          description:
            missing === null
              ? describeError(error, t, dictionary)
              : missing === 1
                ? t('leadList.bulk.missingOne')
                : t('leadList.bulk.missing', { count: missing }),
          variant: 'destructive',
        });
      },
    });
  };

  return (
    <div
      role="region"
      aria-label={t('leadList.bulk.label')}
      className="sticky bottom-3 z-30 flex flex-wrap items-center gap-2 rounded-xl border border-border bg-surface p-2 shadow-lg"
    >
      <p className="px-2 text-sm font-medium" aria-live="polite">
        {count === 1 ? t('leadList.bulk.selectedOne') : t('leadList.bulk.selected', { count })}
      </p>
      {tooMany ? (
        <p className="text-sm text-destructive">{t('leadList.bulk.tooMany', { max: MAX_LEADS })}</p>
      ) : null}
      <DropdownMenu>
        <DropdownMenuTrigger asChild disabled={isBusy}>
          <Button variant="outline" size="sm">
            <ArrowRightLeft aria-hidden="true" />
            {t('leadList.bulk.move')}
            <ChevronDown aria-hidden="true" />
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent align="start">
          {LIST_STAGES.map((stage) => (
            <DropdownMenuItem key={stage} onSelect={() => run({ action: 'move_stage', stage })}>
              {t('leadList.bulk.moveTo', { stage: t(`stages.${stage}`) })}
            </DropdownMenuItem>
          ))}
        </DropdownMenuContent>
      </DropdownMenu>
      <DropdownMenu>
        <DropdownMenuTrigger asChild disabled={isBusy}>
          <Button variant="outline" size="sm">
            <UserRound aria-hidden="true" />
            {t('leadList.bulk.assign')}
            <ChevronDown aria-hidden="true" />
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent align="start">
          {assignees.map((member) => (
            <DropdownMenuItem
              key={member.id}
              onSelect={() =>
                run({ action: 'assign', assigned_user_id: member.id }, { assignee: member.name })
              }
            >
              {member.id === currentUserId
                ? t('leadList.bulk.assignToMe', { name: member.name })
                : t('leadList.bulk.assignTo', { name: member.name })}
            </DropdownMenuItem>
          ))}
          {assignees.length > 0 ? <DropdownMenuSeparator /> : null}
          <DropdownMenuItem onSelect={() => run({ action: 'assign', assigned_user_id: null })}>
            {t('leadList.bulk.unassign')}
          </DropdownMenuItem>
        </DropdownMenuContent>
      </DropdownMenu>
      <Button variant="outline" size="sm" disabled={isBusy} onClick={() => setTagMode('add')}>
        <Tag aria-hidden="true" />
        {t('leadList.bulk.addTag')}
      </Button>
      <Button variant="outline" size="sm" disabled={isBusy} onClick={() => setTagMode('remove')}>
        <Tag aria-hidden="true" />
        {t('leadList.bulk.removeTag')}
      </Button>
      {canDelete ? (
        <Button
          variant="outline"
          size="sm"
          className="text-destructive hover:text-destructive"
          disabled={isBusy}
          onClick={() => setIsDeleteOpen(true)}
        >
          <Trash2 aria-hidden="true" />
          {t('leadList.bulk.delete')}
        </Button>
      ) : null}
      {bulk.isPending ? (
        <span role="status" className="text-sm text-muted-foreground">
          {t('leadList.bulk.working')}
        </span>
      ) : null}
      <Button variant="ghost" size="sm" className="ml-auto" onClick={onClear}>
        <X aria-hidden="true" />
        {t('leadList.bulk.clear')}
      </Button>
      <BulkTagDialog
        key={tagMode ?? 'closed'}
        mode={tagMode}
        count={count}
        suggestions={tagsOfSelection}
        isPending={bulk.isPending}
        onSubmit={(tag) => run({ action: tagMode === 'remove' ? 'remove_tag' : 'add_tag', tag })}
        onClose={() => setTagMode(null)}
      />
      <BulkDeleteDialog
        open={isDeleteOpen}
        count={count}
        isPending={bulk.isPending}
        onConfirm={() => run({ action: 'delete' })}
        onClose={() => setIsDeleteOpen(false)}
      />
    </div>
  );
}
