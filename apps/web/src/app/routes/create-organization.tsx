import { ArrowLeft, LogOut } from 'lucide-react';
import { Link, useNavigate } from 'react-router';
import { AuthLayout } from '@/app/layout/auth-layout';
import { Button } from '@/components/ui/button';
import { paths } from '@/config/paths';
import { useLogout } from '@/features/auth/hooks/use-logout';
import { CreateOrganizationForm } from '@/features/organizations/components/create-organization-form';
import { useTranslation } from '@/lib/i18n/use-translation';
import { useSessionStore } from '@/stores/session.store';

/** "Criar organização": the first one for a user without any, or one more. */
export function CreateOrganizationRoute(): React.JSX.Element {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const logout = useLogout();
  const hasMemberships = useSessionStore((state) => state.memberships.length > 0);

  return (
    <AuthLayout
      title={t('organization.create.title')}
      description={
        hasMemberships
          ? t('organization.create.anotherDescription')
          : t('organization.create.description')
      }
      footer={
        hasMemberships ? (
          <Button asChild variant="ghost" size="sm">
            <Link to={paths.pipeline}>
              <ArrowLeft aria-hidden="true" />
              {t('lead.details.backToPipeline')}
            </Link>
          </Button>
        ) : (
          <Button variant="ghost" size="sm" onClick={logout}>
            <LogOut aria-hidden="true" />
            {t('auth.logout')}
          </Button>
        )
      }
    >
      <CreateOrganizationForm onCreated={() => void navigate(paths.pipeline, { replace: true })} />
    </AuthLayout>
  );
}
