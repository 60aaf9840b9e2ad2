import { ArrowLeft, SearchX } from 'lucide-react';
import { Link } from 'react-router';
import { Button } from '@/components/ui/button';
import { paths } from '@/config/paths';
import { useTranslation } from '@/lib/i18n/use-translation';

export function NotFoundRoute(): React.JSX.Element {
  const { t } = useTranslation();
  return (
    <div className="flex flex-col items-center gap-4 py-16 text-center">
      <span className="grid size-12 place-items-center rounded-xl bg-muted text-muted-foreground">
        <SearchX aria-hidden="true" className="size-6" />
      </span>
      <p className="text-sm font-medium text-brand">{t('notFound.code')}</p>
      <h1 className="text-2xl font-semibold tracking-tight md:text-3xl">{t('notFound.title')}</h1>
      <p className="max-w-md text-sm text-muted-foreground">{t('notFound.description')}</p>
      <Button asChild className="mt-2">
        {/* The button says "back to the pipeline"; home is the agenda now. */}
        <Link to={paths.pipeline}>
          <ArrowLeft aria-hidden="true" />
          {t('notFound.back')}
        </Link>
      </Button>
    </div>
  );
}
