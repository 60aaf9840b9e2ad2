import { TriangleAlert } from 'lucide-react';
import { Link } from 'react-router';
import { Button } from '@/components/ui/button';
import { paths } from '@/config/paths';
import { useTranslation } from '@/lib/i18n/use-translation';

/** Shown when rendering a route throws: says so plainly and offers a way out. */
export function RouteErrorRoute(): React.JSX.Element {
  const { t } = useTranslation();
  const handleReload = (): void => {
    window.location.reload();
  };

  return (
    <div role="alert" className="flex flex-col items-center gap-4 px-4 py-16 text-center">
      <span className="grid size-12 place-items-center rounded-xl bg-destructive-soft text-destructive">
        <TriangleAlert aria-hidden="true" className="size-6" />
      </span>
      <h1 className="text-2xl font-semibold tracking-tight">{t('routeError.title')}</h1>
      <p className="max-w-md text-sm text-muted-foreground">{t('routeError.description')}</p>
      <div className="flex gap-2">
        <Button onClick={handleReload}>{t('routeError.reload')}</Button>
        <Button variant="outline" asChild>
          <Link to={paths.pipeline}>{t('routeError.backHome')}</Link>
        </Button>
      </div>
    </div>
  );
}
