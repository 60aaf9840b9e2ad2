import type { MailAuthMethod } from '@loved/shared';
import { useId } from 'react';
import { cn } from '@/lib/cn';
import type { TranslationKey } from '@/lib/i18n/translate';
import { useTranslation } from '@/lib/i18n/use-translation';

const OPTIONS: ReadonlyArray<{ method: MailAuthMethod; label: TranslationKey }> = [
  { method: 'password', label: 'integrations.email.form.authPassword' },
  { method: 'oauth2', label: 'integrations.email.form.authOAuth2' },
];

export type EmailAuthMethodFieldProps = {
  value: MailAuthMethod;
  onChange: (method: MailAuthMethod) => void;
};

/**
 * How the CRM logs in to the mailbox, as a segmented control. Native radios underneath, so the
 * arrow keys move between the two and a screen reader announces the group and the choice.
 */
export function EmailAuthMethodField({
  value,
  onChange,
}: EmailAuthMethodFieldProps): React.JSX.Element {
  const { t } = useTranslation();
  const name = useId();
  return (
    <fieldset className="flex flex-col gap-1.5">
      <legend className="mb-1.5 text-sm font-medium">{t('integrations.email.form.auth')}</legend>
      <div className="flex flex-wrap gap-2">
        {OPTIONS.map(({ method, label }) => (
          <label
            key={method}
            className={cn(
              'flex cursor-pointer items-center rounded-md border border-border bg-surface px-3 py-1.5 text-sm shadow-xs transition-colors hover:bg-muted',
              'has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-ring',
              method === value && 'border-primary bg-primary/10 font-medium text-foreground',
            )}
          >
            <input
              type="radio"
              name={name}
              value={method}
              checked={method === value}
              className="sr-only"
              onChange={() => onChange(method)}
            />
            {t(label)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
