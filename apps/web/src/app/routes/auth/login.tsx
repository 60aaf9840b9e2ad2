import { Info } from 'lucide-react';
import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import { AuthLayout } from '@/app/layout/auth-layout';
import { redirectTarget } from '@/app/routes/auth/redirect-target';
import { Alert, AlertDescription } from '@/components/ui/alert';
import { paths } from '@/config/paths';
import { LoginForm } from '@/features/auth/components/login-form';
import { useTranslation } from '@/lib/i18n/use-translation';
import { useSessionStore } from '@/stores/session.store';

export function LoginRoute(): React.JSX.Element {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const isSignedIn = useSessionStore((state) => state.accessToken !== null);
  const expired = useSessionStore((state) => state.expired);
  const target = redirectTarget(location.state);
  if (isSignedIn) return <Navigate to={target} replace />;

  return (
    <AuthLayout
      title={t('auth.login.title')}
      description={t('auth.login.description')}
      footer={
        <>
          {t('auth.login.noAccount')}{' '}
          <Link
            to={paths.register}
            className="font-medium text-foreground underline-offset-4 hover:underline"
          >
            {t('auth.login.createAccount')}
          </Link>
        </>
      }
    >
      {expired ? (
        <Alert className="mb-4">
          <Info aria-hidden="true" />
          <AlertDescription>{t('errors.sessionExpired')}</AlertDescription>
        </Alert>
      ) : null}
      <LoginForm onSuccess={() => void navigate(target, { replace: true })} />
    </AuthLayout>
  );
}
