import { StrictMode, Suspense, type ReactNode } from 'react';
import { Toaster } from '@/components/toaster';
import { Spinner } from '@/components/ui/spinner';
import { useTranslation } from '@/lib/i18n/use-translation';

export type AppProviderProps = {
  children: ReactNode;
};

/** App-wide wrappers: strict mode, the loading fallback and the toasts. */
export function AppProvider({ children }: AppProviderProps): React.JSX.Element {
  const { t } = useTranslation();
  return (
    <StrictMode>
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
    </StrictMode>
  );
}
