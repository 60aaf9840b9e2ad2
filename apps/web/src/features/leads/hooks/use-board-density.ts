import { useCallback, useState } from 'react';

export type BoardDensity = 'comfortable' | 'compact';

const STORAGE_PREFIX = 'loved-crm.board-density';

function storageKey(userId: string | null): string {
  return `${STORAGE_PREFIX}.${userId ?? 'anonymous'}`;
}

/** The density this user last picked on this browser (comfortable until they pick). */
export function readBoardDensity(userId: string | null): BoardDensity {
  try {
    return localStorage.getItem(storageKey(userId)) === 'compact' ? 'compact' : 'comfortable';
  } catch {
    // Storage can be off (private mode, a policy): the board still works, unremembered.
    return 'comfortable';
  }
}

function writeBoardDensity(userId: string | null, density: BoardDensity): void {
  try {
    localStorage.setItem(storageKey(userId), density);
  } catch {
    // See readBoardDensity: not remembering is fine.
  }
}

/**
 * The board's density, remembered per user in localStorage: compact fits the five columns in
 * 1280 px, comfortable shows roomier cards.
 */
export function useBoardDensity(
  userId: string | null,
): [BoardDensity, (density: BoardDensity) => void] {
  const [picked, setPicked] = useState(() => ({ userId, density: readBoardDensity(userId) }));
  // Another user signed in on this tab: their own choice, not the previous user's.
  const density = picked.userId === userId ? picked.density : readBoardDensity(userId);

  const setDensity = useCallback(
    (next: BoardDensity) => {
      writeBoardDensity(userId, next);
      setPicked({ userId, density: next });
    },
    [userId],
  );

  return [density, setDensity];
}
