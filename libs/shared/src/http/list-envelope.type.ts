/** Every list answer: one page of items and an opaque keyset cursor for the next page. */
export type ListEnvelope<T> = {
  items: T[];
  next_cursor: string | null;
};

export const DEFAULT_PAGE_LIMIT = 50;
export const MAX_PAGE_LIMIT = 100;
