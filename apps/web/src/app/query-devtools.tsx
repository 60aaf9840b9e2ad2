import { lazy, Suspense } from 'react';

// Behind `import.meta.env.DEV`, so a production build drops the import and never ships them.
const ReactQueryDevtools = import.meta.env.DEV
  ? lazy(async () => ({
      default: (await import('@tanstack/react-query-devtools')).ReactQueryDevtools,
    }))
  : null;

/** TanStack Query's devtools, in development only. */
export function QueryDevtools(): React.JSX.Element | null {
  if (!ReactQueryDevtools) return null;
  return (
    <Suspense fallback={null}>
      <ReactQueryDevtools initialIsOpen={false} />
    </Suspense>
  );
}
