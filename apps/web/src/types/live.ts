import type { LiveEvent } from '@loved/shared';

export type LiveListener = (event: LiveEvent) => void;
