import { useSyncExternalStore } from 'react';

const MINUTE_MS = 60_000;
/** Without a subscriber the clock is read on demand; this keeps two reads in one render equal. */
const IDLE_RESOLUTION_MS = 1_000;

let now = Date.now();
let timer: ReturnType<typeof setTimeout> | null = null;
const listeners = new Set<() => void>();

function schedule(): void {
  // On the minute boundary, so every countdown on screen turns over together.
  timer = setTimeout(tick, MINUTE_MS - (Date.now() % MINUTE_MS));
}

function tick(): void {
  now = Date.now();
  for (const listener of listeners) listener();
  schedule();
}

function subscribe(listener: () => void): () => void {
  if (listeners.size === 0) {
    now = Date.now();
    schedule();
  }
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size > 0 || timer === null) return;
    clearTimeout(timer);
    timer = null;
  };
}

function getSnapshot(): number {
  if (listeners.size === 0 && Math.abs(Date.now() - now) >= IDLE_RESOLUTION_MS) now = Date.now();
  return now;
}

/**
 * The time (ms since the epoch), updated once a minute. One timer serves every component that
 * asks (a board of 250 cards with countdowns does not run 250 timers).
 */
export function useNow(): number {
  return useSyncExternalStore(subscribe, getSnapshot, getSnapshot);
}
