import { useEffect, useMemo } from 'react';

type HeldUrl = { url: string; users: number };

/** One object URL per blob, shared by every entry showing it and revoked once none does. */
const heldUrls = new Map<Blob, HeldUrl>();

function heldUrlOf(blob: Blob): HeldUrl {
  let held = heldUrls.get(blob);
  if (!held) {
    held = { url: URL.createObjectURL(blob), users: 0 };
    heldUrls.set(blob, held);
  }
  return held;
}

function canMakeUrls(): boolean {
  return typeof URL.createObjectURL === 'function';
}

/**
 * A `blob:` URL for `blob` while a component shows it; revoked when the last one stops, so the
 * bytes can be freed. The release waits a tick: an effect that is undone and redone at once (a
 * remount in development) keeps the same URL.
 */
export function useObjectUrl(blob: Blob | undefined): string | null {
  const url = useMemo(() => (blob && canMakeUrls() ? heldUrlOf(blob).url : null), [blob]);

  useEffect(() => {
    if (!blob || !canMakeUrls()) return;
    const held = heldUrlOf(blob);
    held.users += 1;
    return () => {
      held.users -= 1;
      window.setTimeout(() => {
        if (held.users > 0 || heldUrls.get(blob) !== held) return;
        heldUrls.delete(blob);
        URL.revokeObjectURL(held.url);
      }, 0);
    };
  }, [blob]);

  return url;
}
