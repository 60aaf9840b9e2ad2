import { LogIn, TriangleAlert, UserPlus } from 'lucide-react';
import { useNavigate, useSearchParams } from 'react-router';
import { AuthLayout } from '@/app/layout/auth-layout';
import { Alert, AlertDescription } from '@/components/ui/alert';
import { Tabs, TabsContent, TabsList, TabsTrigger } from '@/components/ui/tabs';
import { paths } from '@/config/paths';
import { LoginForm } from '@/features/auth/components/login-form';
import { RegisterForm } from '@/features/auth/components/register-form';
import { useLogout } from '@/features/auth/hooks/use-logout';
import { AcceptInvitationCard } from '@/features/organizations/components/accept-invitation-card';
import { useTranslation } from '@/lib/i18n/use-translation';
import { useSessionStore } from '@/stores/session.store';
import { showToast } from '@/stores/toast.store';

/**
 * `/convite?token=…`. Signed in: accept with one click. Signed out: create an account with the
 * invitation (accepted on sign-up), or sign in and then accept.
 */
export function AcceptInvitationRoute(): React.JSX.Element {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token')?.trim() ?? '';
  const user = useSessionStore((state) => state.user);
  const isSignedIn = useSessionStore((state) => state.accessToken !== null);
  const logout = useLogout();

  const handleJoined = (organization: string | null): void => {
    if (organization) {
      showToast({ title: t('auth.invitation.accepted', { organization }), variant: 'success' });
    }
    void navigate(paths.pipeline, { replace: true });
  };

  if (!token) {
    return (
      <AuthLayout title={t('auth.invitation.title')}>
        <Alert variant="destructive">
          <TriangleAlert aria-hidden="true" />
          <AlertDescription>{t('auth.invitation.missingToken')}</AlertDescription>
        </Alert>
      </AuthLayout>
    );
  }

  if (isSignedIn && user) {
    return (
      <AuthLayout title={t('auth.invitation.title')} description={t('auth.invitation.description')}>
        <AcceptInvitationCard
          token={token}
          email={user.email}
          onAccepted={handleJoined}
          onUseAnotherAccount={logout}
        />
      </AuthLayout>
    );
  }

  return (
    <AuthLayout title={t('auth.invitation.title')} description={t('auth.invitation.description')}>
      <Tabs defaultValue="register" className="flex flex-col gap-5">
        <TabsList className="w-full">
          <TabsTrigger value="register" className="flex-1">
            <UserPlus aria-hidden="true" />
            {t('auth.invitation.newAccount')}
          </TabsTrigger>
          <TabsTrigger value="login" className="flex-1">
            <LogIn aria-hidden="true" />
            {t('auth.invitation.existingAccount')}
          </TabsTrigger>
        </TabsList>
        <TabsContent value="register">
          <RegisterForm
            invitationToken={token}
            onSuccess={() => {
              const membership = useSessionStore.getState().memberships[0];
              handleJoined(membership?.name ?? null);
            }}
          />
        </TabsContent>
        <TabsContent value="login">
          {/* Signed in, this page turns into the accept step. */}
          <LoginForm onSuccess={() => undefined} />
        </TabsContent>
      </Tabs>
    </AuthLayout>
  );
}
