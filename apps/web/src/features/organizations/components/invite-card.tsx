import type { INVITATION_TTL_DAYS, InvitationResponse, Role } from '@loved/shared';
import { Copy } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { createInvitation } from '@/features/organizations/api/create-invitation';
import { isRole, ROLE_OPTIONS } from '@/features/organizations/utils/roles';
import { describeError, fieldErrorsOf } from '@/lib/describe-error';
import { useTranslation } from '@/lib/i18n/use-translation';
import { showToast } from '@/stores/toast.store';

const INVITATION_DAYS: typeof INVITATION_TTL_DAYS = 7;

/** Admins create an invitation link here and copy it to send by any channel. */
export function InviteCard(): React.JSX.Element {
  const { t, dictionary } = useTranslation();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('agent');
  const [isSubmitting, setIsSubmitting] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [invitation, setInvitation] = useState<InvitationResponse | null>(null);
  const fieldErrors = fieldErrorsOf(error, t, dictionary);
  const emailError =
    fieldErrors.email ??
    (error && !fieldErrors.role ? describeError(error, t, dictionary) : undefined);
  const link = invitation ? `${window.location.origin}${invitation.accept_path}` : '';

  const handleSubmit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    setIsSubmitting(true);
    setError(null);
    try {
      setInvitation(await createInvitation({ email: email.trim(), role }));
      setEmail('');
    } catch (failure) {
      setError(failure);
    } finally {
      setIsSubmitting(false);
    }
  };

  const handleCopy = async (): Promise<void> => {
    try {
      await navigator.clipboard.writeText(link);
      showToast({ title: t('settings.invite.copied'), variant: 'success' });
    } catch {
      showToast({ title: t('settings.invite.copyFailed'), variant: 'destructive' });
    }
  };

  return (
    <Card role="region" aria-labelledby="invite-title">
      <CardHeader>
        <div>
          <CardTitle id="invite-title">{t('settings.invite.title')}</CardTitle>
          <CardDescription>
            {t('settings.invite.description', { days: INVITATION_DAYS })}
          </CardDescription>
        </div>
      </CardHeader>
      <CardContent className="flex flex-col gap-4">
        <form
          className="grid gap-3 sm:grid-cols-[1fr_10rem_auto] sm:items-start"
          onSubmit={handleSubmit}
          noValidate
        >
          <Field label={t('settings.invite.email')} error={emailError}>
            {(control) => (
              <Input
                {...control}
                type="email"
                autoComplete="off"
                required
                value={email}
                onChange={(event) => setEmail(event.target.value)}
              />
            )}
          </Field>
          <Field label={t('settings.invite.role')} error={fieldErrors.role}>
            {(control) => (
              <Select
                {...control}
                value={role}
                onChange={(event) => {
                  if (isRole(event.target.value)) setRole(event.target.value);
                }}
              >
                {ROLE_OPTIONS.map((option) => (
                  <option key={option} value={option}>
                    {t(`organization.roles.${option}`)}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <Button type="submit" className="sm:mt-[1.375rem]" disabled={isSubmitting}>
            {isSubmitting ? t('settings.invite.submitting') : t('settings.invite.submit')}
          </Button>
        </form>
        {invitation ? (
          <div className="flex flex-col gap-2 rounded-lg border border-border bg-muted/50 p-3">
            <Field label={t('settings.invite.link', { email: invitation.email })}>
              {(control) => (
                <div className="flex gap-2">
                  <Input
                    {...control}
                    readOnly
                    value={link}
                    onFocus={(event) => event.target.select()}
                  />
                  <Button variant="outline" onClick={() => void handleCopy()}>
                    <Copy aria-hidden="true" />
                    {t('settings.invite.copyLink')}
                  </Button>
                </div>
              )}
            </Field>
          </div>
        ) : null}
      </CardContent>
    </Card>
  );
}
