import { Heart } from 'lucide-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { LanguageSwitch } from '@/app/layout/language-switch';
import { paths } from '@/config/paths';
import { useTranslation } from '@/lib/i18n/use-translation';

export type AuthLayoutProps = {
  title: string;
  description?: ReactNode;
  children: ReactNode;
  /** Under the card: "no account yet?" links and the like. */
  footer?: ReactNode;
};

/** A centred card for signing in, signing up, invitations and the first organisation. */
export function AuthLayout({
  title,
  description,
  children,
  footer,
}: AuthLayoutProps): React.JSX.Element {
  const { t } = useTranslation();
  return (
    <div className="flex min-h-dvh flex-col">
      <title>{`${title} · ${t('common.appName')}`}</title>
      <header className="flex h-14 items-center justify-between px-4 md:px-8">
        <Link
          to={paths.home}
          className="flex items-center gap-2 rounded-md text-sm font-semibold tracking-tight outline-none focus-visible:ring-2 focus-visible:ring-ring"
        >
          <span className="grid size-7 place-items-center rounded-md bg-primary text-brand">
            <Heart aria-hidden="true" className="size-4 fill-current" />
          </span>
          {t('common.appName')}
        </Link>
        <LanguageSwitch />
      </header>
      <main className="flex flex-1 items-start justify-center px-4 py-8 sm:items-center">
        <div className="flex w-full max-w-md flex-col gap-4">
          <div className="rounded-xl border border-border bg-surface p-5 shadow-xs sm:p-8">
            <div className="mb-6 flex flex-col gap-1.5">
              <h1 className="text-2xl font-semibold tracking-tight">{title}</h1>
              {description ? <p className="text-sm text-muted-foreground">{description}</p> : null}
            </div>
            {children}
          </div>
          {footer ? (
            <div className="text-center text-sm text-muted-foreground">{footer}</div>
          ) : null}
        </div>
      </main>
    </div>
  );
}
