import { Menu } from 'lucide-react';
import type { ReactNode, Ref } from 'react';
import { APP_SIDEBAR_ID } from '@/app/layout/app-sidebar';
import { HeaderNotificationBell } from '@/app/layout/header-notification-bell';
import { LanguageSwitch } from '@/app/layout/language-switch';
import { OrganizationSwitcher } from '@/app/layout/organization-switcher';
import { UserMenu } from '@/app/layout/user-menu';
import { Button } from '@/components/ui/button';
import { useTranslation } from '@/lib/i18n/use-translation';

export type AppHeaderProps = {
  title: string | null;
  isNavOpen: boolean;
  onOpenNav: () => void;
  menuButtonRef: Ref<HTMLButtonElement>;
  /** The live-updates indicator (from the live feature). */
  liveStatus: ReactNode;
  onLogout: () => void;
};

export function AppHeader({
  title,
  isNavOpen,
  onOpenNav,
  menuButtonRef,
  liveStatus,
  onLogout,
}: AppHeaderProps): React.JSX.Element {
  const { t } = useTranslation();
  return (
    <header className="sticky top-0 z-20 flex h-14 items-center gap-2 border-b border-border bg-surface/85 px-4 backdrop-blur md:px-8">
      <Button
        ref={menuButtonRef}
        variant="ghost"
        size="icon"
        className="-ml-2 md:hidden"
        aria-label={t('nav.openMenu')}
        aria-expanded={isNavOpen}
        aria-controls={APP_SIDEBAR_ID}
        onClick={onOpenNav}
      >
        <Menu aria-hidden="true" />
      </Button>
      <p className="hidden min-w-0 truncate text-sm text-muted-foreground sm:block">
        {t('common.appName')}
        {title ? (
          <>
            <span aria-hidden="true" className="mx-2 text-border">
              /
            </span>
            <span className="font-medium text-foreground">{title}</span>
          </>
        ) : null}
      </p>
      <div className="ml-auto flex min-w-0 items-center gap-1.5 sm:gap-3">
        {liveStatus}
        <HeaderNotificationBell />
        <LanguageSwitch />
        <OrganizationSwitcher />
        <UserMenu onLogout={onLogout} />
      </div>
    </header>
  );
}
