import { useCallback, useMemo, useState } from 'react';

export type RowSelection = {
  /** The selected ids among `ids`, in list order. */
  selectedIds: string[];
  isSelected: (id: string) => boolean;
  /** Every row shown is selected (and there is at least one). */
  allSelected: boolean;
  /**
   * Flips one row. With `range` (Shift held), every row between the last one clicked and this
   * one takes this row's new state, as in a mail client.
   */
  toggle: (id: string, options?: { range?: boolean }) => void;
  /** Selects every row shown, or none when all already are. */
  toggleAll: () => void;
  clear: () => void;
};

type SelectionState = { key: string; ids: ReadonlySet<string>; anchor: string | null };

const NONE: ReadonlySet<string> = new Set();

/**
 * Which of the rows shown (`ids`, in order) are selected. A new `resetKey` (other filters)
 * starts from nothing, so an action never reaches rows the user can no longer see.
 */
export function useRowSelection(ids: readonly string[], resetKey: string): RowSelection {
  const [state, setState] = useState<SelectionState>({ key: resetKey, ids: NONE, anchor: null });
  const selected = state.key === resetKey ? state.ids : NONE;
  const anchor = state.key === resetKey ? state.anchor : null;

  const selectedIds = useMemo(() => ids.filter((id) => selected.has(id)), [ids, selected]);
  const isSelected = useCallback((id: string) => selected.has(id), [selected]);
  const allSelected = ids.length > 0 && selectedIds.length === ids.length;

  const toggle = useCallback(
    (id: string, options?: { range?: boolean }) => {
      const next = new Set(selected);
      const checked = !selected.has(id);
      const from = anchor === null ? -1 : ids.indexOf(anchor);
      const to = ids.indexOf(id);
      const range =
        options?.range && from !== -1 && to !== -1
          ? ids.slice(Math.min(from, to), Math.max(from, to) + 1)
          : [id];
      for (const rowId of range) {
        if (checked) next.add(rowId);
        else next.delete(rowId);
      }
      setState({ key: resetKey, ids: next, anchor: id });
    },
    [anchor, ids, resetKey, selected],
  );

  const toggleAll = useCallback(() => {
    setState({ key: resetKey, ids: allSelected ? NONE : new Set(ids), anchor: null });
  }, [allSelected, ids, resetKey]);

  const clear = useCallback(() => setState({ key: resetKey, ids: NONE, anchor: null }), [resetKey]);

  return { selectedIds, isSelected, allSelected, toggle, toggleAll, clear };
}
