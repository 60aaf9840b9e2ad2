import { CheckCircle2, TriangleAlert } from 'lucide-react';
import { useState } from 'react';
import { Alert, AlertDescription } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { acceptInvitation } from '@/features/organizations/api/accept-invitation';
import { ApiError, refreshSession } from '@/lib/api-client';
import { describeError } from '@/lib/describe-error';
import { useTranslation } from '@/lib/i18n/use-translation';
import { useSessionStore } from '@/stores/session.store';

export type AcceptInvitationCardProps = {
  token: string;
  email: string;
  /** The invitation is accepted and its organisation is the current one. */
  onAccepted: (organizationName: string) => void;
  onUseAnotherAccount: () => void;
};

/** For a signed-in user: accept the invitation with one click. */
export function AcceptInvitationCard({
  token,
  email,
  onAccepted,
  onUseAnotherAccount,
}: AcceptInvitationCardProps): React.JSX.Element {
  const { t, dictionary } = useTranslation();
  const [isAccepting, setIsAccepting] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const isAlreadyMember = error instanceof ApiError && error.code === 'ALREADY_MEMBER';

  const handleAccept = async (): Promise<void> => {
    setIsAccepting(true);
    setError(null);
    try {
      const membership = await acceptInvitation(token);
      // The token lists the caller's organisations: a fresh one includes the new one.
      await refreshSession();
      useSessionStore.getState().setOrganization(membership.organization_id);
      onAccepted(membership.name);
    } catch (failure) {
      setError(failure);
      setIsAccepting(false);
    }
  };

  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm">{t('auth.invitation.signedInAs', { email })}</p>
      {error ? (
        <Alert variant={isAlreadyMember ? 'default' : 'destructive'}>
          {isAlreadyMember ? (
            <CheckCircle2 aria-hidden="true" />
          ) : (
            <TriangleAlert aria-hidden="true" />
          )}
          <AlertDescription>{describeError(error, t, dictionary)}</AlertDescription>
        </Alert>
      ) : null}
      <div className="flex flex-col gap-2 sm:flex-row">
        <Button onClick={handleAccept} disabled={isAccepting || isAlreadyMember}>
          {isAccepting ? t('auth.invitation.accepting') : t('auth.invitation.accept')}
        </Button>
        <Button variant="outline" onClick={onUseAnotherAccount}>
          {t('auth.invitation.useAnotherAccount')}
        </Button>
      </div>
    </div>
  );
}
