import { useCallback, useEffect, useRef, useState } from 'react';
import { Outlet } from 'react-router';
import { AppHeader } from '@/app/layout/app-header';
import { AppSidebar } from '@/app/layout/app-sidebar';
import { useRouteTitle } from '@/app/layout/use-route-title';
import { SkipLink } from '@/components/ui/skip-link';

const MAIN_CONTENT_ID = 'conteudo';
/** Tailwind's `md` breakpoint, where the drawer becomes a fixed sidebar. */
const DESKTOP_QUERY = '(min-width: 48rem)';

/** The shell around every page: skip link, sidebar navigation, header and the page itself. */
export function AppLayout(): React.JSX.Element {
  const title = useRouteTitle();
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

  return (
    <div className="min-h-dvh">
      <title>{title ? `${title} · Loved CRM` : 'Loved CRM'}</title>
      <SkipLink targetId={MAIN_CONTENT_ID}>Pular para o conteúdo</SkipLink>
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
        />
        <main
          id={MAIN_CONTENT_ID}
          tabIndex={-1}
          className="flex-1 px-4 py-6 outline-none md:px-8 md:py-10"
        >
          <div className="mx-auto w-full max-w-5xl">
            <Outlet />
          </div>
        </main>
      </div>
    </div>
  );
}
