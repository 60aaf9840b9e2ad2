import { Spinner } from '@/components/ui/spinner';

/** Shown while the first page's code arrives (route modules load lazily). */
export function RouteFallback(): React.JSX.Element {
  return (
    <div className="grid min-h-dvh place-items-center text-muted-foreground">
      <Spinner />
    </div>
  );
}
