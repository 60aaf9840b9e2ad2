import { ArrowLeft } from 'lucide-react';
import { Link, useNavigate, useParams } from 'react-router';
import { LeadWorkspace } from '@/app/compositions/lead-workspace';
import { Button } from '@/components/ui/button';
import { paths } from '@/config/paths';
import { useTranslation } from '@/lib/i18n/use-translation';

/** `/leads/:leadId`: one lead's details and timeline. */
export function LeadRoute(): React.JSX.Element {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { leadId = '' } = useParams();

  return (
    <div className="flex flex-col gap-6">
      <Button asChild variant="ghost" size="sm" className="-ml-3 self-start">
        <Link to={paths.pipeline}>
          <ArrowLeft aria-hidden="true" />
          {t('lead.details.backToPipeline')}
        </Link>
      </Button>
      <LeadWorkspace
        key={leadId}
        leadId={leadId}
        variant="page"
        onDeleted={() => void navigate(paths.pipeline, { replace: true })}
      />
    </div>
  );
}
