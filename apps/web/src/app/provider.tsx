import { StrictMode, Suspense, type ReactNode } from 'react';
import { Spinner } from '@/components/ui/spinner';

export type AppProviderProps = {
  children: ReactNode;
};

/** App-wide wrappers; later issues add the ones sign-in and live updates need. */
export function AppProvider({ children }: AppProviderProps): React.JSX.Element {
  return (
    <StrictMode>
      <Suspense
        fallback={
          <div className="grid min-h-dvh place-items-center text-sm text-muted-foreground">
            <Spinner>Carregando…</Spinner>
          </div>
        }
      >
        {children}
      </Suspense>
    </StrictMode>
  );
}
