import { useCallback, useEffect, useRef, useState } from 'react';
import { Navigate, Outlet } from 'react-router';
import { AppHeader } from '@/app/layout/app-header';
import { AppSidebar } from '@/app/layout/app-sidebar';
import { useLiveEvents } from '@/app/live/use-live-events';
import { useRouteHandle } from '@/app/layout/use-route-handle';
import { SkipLink } from '@/components/ui/skip-link';
import { paths } from '@/config/paths';
import { useLogout } from '@/features/auth/hooks/use-logout';
import { useProfileSync } from '@/features/auth/hooks/use-profile-sync';
import { LiveStatus } from '@/features/live/components/live-status';
import { useLiveConnection } from '@/features/live/hooks/use-live-connection';
import { cn } from '@/lib/cn';
import { useTranslation } from '@/lib/i18n/use-translation';
import { useSessionStore } from '@/stores/session.store';

const MAIN_CONTENT_ID = 'conteudo';
/** Tailwind's `md` breakpoint, where the drawer becomes a fixed sidebar. */
const DESKTOP_QUERY = '(min-width: 48rem)';

/**
 * The shell around every signed-in page: skip link, sidebar, header (organisation, language,
 * account, live status) and the page. Pages remount when the organisation changes, so each
 * reloads its data for the new one.
 */
export function AppLayout(): React.JSX.Element {
  const { t } = useTranslation();
  const handle = useRouteHandle();
  const title = handle ? t(handle.titleKey) : null;
  const organizationId = useSessionStore((state) => state.organizationId);
  const hasMemberships = useSessionStore((state) => state.memberships.length > 0);
  const logout = useLogout();
  useProfileSync();
  useLiveConnection();
  useLiveEvents();
  const [isNavOpen, setIsNavOpen] = useState(false);
  const menuButtonRef = useRef<HTMLButtonElement>(null);
  const shouldRestoreFocusRef = useRef(false);

  const handleOpenNav = useCallback(() => {
    setIsNavOpen(true);
  }, []);
  const handleNavigate = useCallback(() => {
    setIsNavOpen(false);
  }, []);
  const handleDismissNav = useCallback(() => {
    shouldRestoreFocusRef.current = true;
    setIsNavOpen(false);
  }, []);

  // Dismissing the drawer gives focus back to the button that opened it, once the page
  // behind is no longer inert (before that render the button cannot take focus).
  useEffect(() => {
    if (isNavOpen || !shouldRestoreFocusRef.current) return;
    shouldRestoreFocusRef.current = false;
    menuButtonRef.current?.focus();
  }, [isNavOpen]);

  useEffect(() => {
    if (!isNavOpen) return;
    const handleKeyDown = (event: KeyboardEvent): void => {
      if (event.key === 'Escape') handleDismissNav();
    };
    // From `md` up the sidebar is no drawer, so an open drawer would only leave the page inert.
    const desktop = window.matchMedia(DESKTOP_QUERY);
    const handleViewportChange = (): void => {
      if (desktop.matches) setIsNavOpen(false);
    };
    document.addEventListener('keydown', handleKeyDown);
    desktop.addEventListener('change', handleViewportChange);
    return () => {
      document.removeEventListener('keydown', handleKeyDown);
      desktop.removeEventListener('change', handleViewportChange);
    };
  }, [isNavOpen, handleDismissNav]);

  if (!hasMemberships || !organizationId) return <Navigate to={paths.createOrganization} replace />;

  return (
    <div className="min-h-dvh">
      <title>{title ? `${title} · ${t('common.appName')}` : t('common.appName')}</title>
      <SkipLink targetId={MAIN_CONTENT_ID}>{t('nav.skipToContent')}</SkipLink>
      <AppSidebar isOpen={isNavOpen} onClose={handleDismissNav} onNavigate={handleNavigate} />
      {isNavOpen ? (
        <div
          aria-hidden="true"
          className="fixed inset-0 z-30 bg-foreground/30 backdrop-blur-[1px] md:hidden"
          onClick={handleDismissNav}
        />
      ) : null}
      {/* While the drawer is open, the page behind it takes neither focus nor clicks. */}
      <div className="flex min-h-dvh flex-col md:pl-64" inert={isNavOpen}>
        <AppHeader
          title={title}
          isNavOpen={isNavOpen}
          onOpenNav={handleOpenNav}
          menuButtonRef={menuButtonRef}
          liveStatus={<LiveStatus />}
          onLogout={logout}
        />
        <main
          id={MAIN_CONTENT_ID}
          tabIndex={-1}
          className="flex-1 px-4 py-6 outline-none md:px-8 md:py-10"
        >
          <div
            className={cn('mx-auto w-full', handle?.width === 'wide' ? 'max-w-none' : 'max-w-5xl')}
          >
            <Outlet key={organizationId} />
          </div>
        </main>
      </div>
    </div>
  );
}
