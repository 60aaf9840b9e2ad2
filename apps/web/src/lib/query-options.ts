import type {
  InfiniteData,
  QueryKey,
  QueryKeyWithDataTag,
  UndefinedInitialDataInfiniteOptions,
  UndefinedInitialDataOptions,
} from '@tanstack/react-query';

/** What a `get…QueryOptions` function answers: options whose key knows the data it holds. */
export type AppQueryOptions<TData> = UndefinedInitialDataOptions<TData, Error, TData, QueryKey> &
  QueryKeyWithDataTag<QueryKey, TData, Error>;

/** The same for a list paged by cursor (`useInfiniteQuery`). */
export type AppInfiniteQueryOptions<TPage> = UndefinedInitialDataInfiniteOptions<
  TPage,
  Error,
  InfiniteData<TPage, string | undefined>,
  QueryKey,
  string | undefined
> &
  QueryKeyWithDataTag<QueryKey, InfiniteData<TPage>, Error>;
