import type { LiveEvent } from '@loved/shared';

export type LiveListener = (event: LiveEvent) => void;

/**
 * Subscribes to the organisation's live events and answers the unsubscribe function. Pages
 * hand it to feature components, so features receive live events without importing `live`.
 */
export type LiveSubscribe = (listener: LiveListener) => () => void;
