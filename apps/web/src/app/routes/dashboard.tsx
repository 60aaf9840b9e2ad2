import { SquareKanban, Settings } from 'lucide-react';
import { PageHeader } from '@/components/page-header';
import { ShortcutCard } from '@/components/shortcut-card';
import { paths } from '@/config/paths';
import { SystemStatusCard } from '@/features/system-status/components/system-status-card';
import { useTranslation } from '@/lib/i18n/use-translation';

export function DashboardRoute(): React.JSX.Element {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('dashboard.title')} description={t('dashboard.description')} />
      <div className="grid items-start gap-6 lg:grid-cols-5">
        <SystemStatusCard className="lg:col-span-3" />
        <section aria-labelledby="next-steps-title" className="flex flex-col gap-3 lg:col-span-2">
          <h2 id="next-steps-title" className="text-sm font-medium text-muted-foreground">
            {t('dashboard.nextSteps')}
          </h2>
          <ShortcutCard
            to={paths.pipeline}
            icon={SquareKanban}
            title={t('nav.pipeline')}
            description={t('dashboard.pipeline')}
          />
          <ShortcutCard
            to={paths.settings}
            icon={Settings}
            title={t('nav.settings')}
            description={t('dashboard.settings')}
          />
        </section>
      </div>
    </>
  );
}
