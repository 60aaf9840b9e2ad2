import type { MoveLeadRequest } from '@loved/shared';

export type Placement = Pick<MoveLeadRequest, 'before_id' | 'after_id'>;

/**
 * Where the API should put a card that now sits at `index` of `column` (the column's lead ids
 * as shown after the drop, the card included): right below the card above it and right above
 * the card below it. Neither, for the only card of a column: the top.
 */
export function placementAt(column: readonly string[], index: number): Placement {
  const above = column[index - 1];
  const below = column[index + 1];
  return {
    ...(above ? { after_id: above } : {}),
    ...(below ? { before_id: below } : {}),
  };
}
