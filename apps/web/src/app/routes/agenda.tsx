import { useActivityOptions } from '@/app/compositions/use-activity-options';
import { PageHeader } from '@/components/page-header';
import { MyDayAgenda } from '@/features/activities/components/my-day-agenda';
import { useTranslation } from '@/lib/i18n/use-translation';

/** `/agenda` ("Minha agenda"), the home: what the rep has to do, late, today and next. */
export function AgendaRoute(): React.JSX.Element {
  const { t } = useTranslation();
  const { assignees, currentUserId, handleActivityChanged } = useActivityOptions();
  return (
    <>
      <PageHeader title={t('titles.agenda')} description={t('agenda.description')} />
      <MyDayAgenda
        assignees={assignees}
        currentUserId={currentUserId}
        onChanged={handleActivityChanged}
      />
    </>
  );
}
