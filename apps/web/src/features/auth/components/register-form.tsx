import type { PASSWORD_MIN_LENGTH } from '@loved/shared';
import { TriangleAlert } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { Alert, AlertDescription } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { register } from '@/features/auth/api/register';
import { useFocusFirstInvalid } from '@/hooks/use-focus-first-invalid';
import { describeError, fieldErrorsOf } from '@/lib/describe-error';
import { useTranslation } from '@/lib/i18n/use-translation';
import { useSessionStore } from '@/stores/session.store';

// The shared lib reaches the web as types only; the literal type keeps this value in step.
const PASSWORD_MIN: typeof PASSWORD_MIN_LENGTH = 8;

export type RegisterFormProps = {
  /** Joining through an invitation: no organisation is created, the invitation is accepted. */
  invitationToken?: string;
  onSuccess: () => void;
};

export function RegisterForm({ invitationToken, onSuccess }: RegisterFormProps): React.JSX.Element {
  const { t, dictionary } = useTranslation();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [organizationName, setOrganizationName] = useState('');
  const [isSubmitting, setIsSubmitting] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const fieldErrors = { ...fieldErrorsOf(error, t, dictionary), ...localErrors };
  const { formRef, focusFirstInvalid } = useFocusFirstInvalid<HTMLFormElement>();

  const validate = (): Record<string, string> => {
    const errors: Record<string, string> = {};
    if (!name.trim()) errors.name = t('validation.required');
    if (!email.trim()) errors.email = t('validation.required');
    if (password.length < PASSWORD_MIN) {
      errors.password = t('validation.minLength', { min: PASSWORD_MIN });
    }
    if (!invitationToken && !organizationName.trim()) {
      errors.organization_name = t('validation.required');
    }
    return errors;
  };

  const handleSubmit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    const errors = validate();
    setLocalErrors(errors);
    setError(null);
    if (Object.keys(errors).length > 0) {
      focusFirstInvalid();
      return;
    }
    setIsSubmitting(true);
    try {
      const auth = await register({
        name: name.trim(),
        email: email.trim(),
        password,
        ...(invitationToken
          ? { invitation_token: invitationToken }
          : { organization_name: organizationName.trim() }),
      });
      useSessionStore.getState().setAuth(auth);
      onSuccess();
    } catch (failure) {
      setError(failure);
      setIsSubmitting(false);
      focusFirstInvalid();
    }
  };

  const hasFieldErrors = Object.keys(fieldErrors).length > 0;

  return (
    <form ref={formRef} className="flex flex-col gap-4" onSubmit={handleSubmit} noValidate>
      {error && !hasFieldErrors ? (
        <Alert variant="destructive">
          <TriangleAlert aria-hidden="true" />
          <AlertDescription>{describeError(error, t, dictionary)}</AlertDescription>
        </Alert>
      ) : null}
      <Field label={t('auth.name')} error={fieldErrors.name}>
        {(control) => (
          <Input
            {...control}
            autoComplete="name"
            required
            value={name}
            onChange={(event) => setName(event.target.value)}
          />
        )}
      </Field>
      <Field
        label={t('auth.email')}
        hint={invitationToken ? t('auth.invitation.registerHint') : undefined}
        error={fieldErrors.email}
      >
        {(control) => (
          <Input
            {...control}
            type="email"
            autoComplete="email"
            required
            value={email}
            onChange={(event) => setEmail(event.target.value)}
          />
        )}
      </Field>
      <Field
        label={t('auth.password')}
        hint={t('auth.passwordHint', { min: PASSWORD_MIN })}
        error={fieldErrors.password}
      >
        {(control) => (
          <Input
            {...control}
            type="password"
            autoComplete="new-password"
            required
            minLength={PASSWORD_MIN}
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
        )}
      </Field>
      {invitationToken ? null : (
        <Field label={t('auth.organizationName')} error={fieldErrors.organization_name}>
          {(control) => (
            <Input
              {...control}
              autoComplete="organization"
              required
              value={organizationName}
              onChange={(event) => setOrganizationName(event.target.value)}
            />
          )}
        </Field>
      )}
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? t('auth.register.submitting') : t('auth.register.submit')}
      </Button>
    </form>
  );
}
