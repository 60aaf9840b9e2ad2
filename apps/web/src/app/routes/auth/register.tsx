import { Link, Navigate, useNavigate } from 'react-router';
import { AuthLayout } from '@/app/layout/auth-layout';
import { paths } from '@/config/paths';
import { RegisterForm } from '@/features/auth/components/register-form';
import { useTranslation } from '@/lib/i18n/use-translation';
import { useSessionStore } from '@/stores/session.store';

export function RegisterRoute(): React.JSX.Element {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const isSignedIn = useSessionStore((state) => state.accessToken !== null);
  if (isSignedIn) return <Navigate to={paths.pipeline} replace />;

  return (
    <AuthLayout
      title={t('auth.register.title')}
      description={t('auth.register.description')}
      footer={
        <>
          {t('auth.register.hasAccount')}{' '}
          <Link
            to={paths.login}
            className="font-medium text-foreground underline-offset-4 hover:underline"
          >
            {t('auth.register.signIn')}
          </Link>
        </>
      }
    >
      <RegisterForm onSuccess={() => void navigate(paths.pipeline, { replace: true })} />
    </AuthLayout>
  );
}
