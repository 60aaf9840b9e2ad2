import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode, Suspense, type ReactNode } from 'react';
import { QueryDevtools } from '@/app/query-devtools';
import { useCacheReset } from '@/app/use-cache-reset';
import { Toaster } from '@/components/toaster';
import { Spinner } from '@/components/ui/spinner';
import { queryClient } from '@/lib/query-client';
import { useTranslation } from '@/lib/i18n/use-translation';

export type AppProviderProps = {
  children: ReactNode;
};

/** App-wide wrappers: strict mode, the query cache, the loading fallback and the toasts. */
export function AppProvider({ children }: AppProviderProps): React.JSX.Element {
  const { t } = useTranslation();
  useCacheReset();
  return (
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <Suspense
          fallback={
            <div className="grid min-h-dvh place-items-center text-sm text-muted-foreground">
              <Spinner>{t('common.loading')}</Spinner>
            </div>
          }
        >
          {children}
        </Suspense>
        <Toaster />
        <QueryDevtools />
      </QueryClientProvider>
    </StrictMode>
  );
}
