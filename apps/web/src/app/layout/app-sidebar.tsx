import { Heart, X } from 'lucide-react';
import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { NAV_ITEMS } from '@/app/layout/nav-items';
import { SidebarNavLink } from '@/app/layout/sidebar-nav-link';
import { Button } from '@/components/ui/button';
import { paths } from '@/config/paths';
import { cn } from '@/lib/cn';
import { useTranslation } from '@/lib/i18n/use-translation';

export const APP_SIDEBAR_ID = 'app-sidebar';

export type AppSidebarProps = {
  /** Only matters on small screens, where the sidebar is a drawer; from `md` up it stays. */
  isOpen: boolean;
  /** The user dismissed the drawer (close button). */
  onClose: () => void;
  /** The user followed a link; the drawer should get out of the way. */
  onNavigate: () => void;
};

export function AppSidebar({ isOpen, onClose, onNavigate }: AppSidebarProps): React.JSX.Element {
  const { t } = useTranslation();
  const closeButtonRef = useRef<HTMLButtonElement>(null);

  // Opening the drawer moves keyboard focus into it; otherwise Tab would continue behind it.
  useEffect(() => {
    if (isOpen) closeButtonRef.current?.focus();
  }, [isOpen]);

  return (
    <aside
      id={APP_SIDEBAR_ID}
      className={cn(
        'fixed inset-y-0 left-0 z-40 flex w-64 flex-col border-r border-border bg-surface duration-200 md:visible md:translate-x-0',
        // `invisible` also takes the closed drawer's links out of the Tab order. Visibility is
        // animated only on closing (hidden at the end of the slide); on opening it must turn
        // visible at once, or the close button could not take focus.
        isOpen
          ? 'visible translate-x-0 shadow-xl transition-[translate] md:shadow-none'
          : 'invisible -translate-x-full transition-[translate,visibility]',
      )}
    >
      <div className="flex h-14 items-center justify-between gap-2 border-b border-border px-4">
        <Link
          to={paths.home}
          onClick={onNavigate}
          className="flex items-center gap-2 rounded-md text-sm font-semibold tracking-tight outline-none focus-visible:ring-2 focus-visible:ring-ring"
        >
          <span className="grid size-7 place-items-center rounded-md bg-primary text-brand">
            <Heart aria-hidden="true" className="size-4 fill-current" />
          </span>
          {t('common.appName')}
        </Link>
        <Button
          ref={closeButtonRef}
          variant="ghost"
          size="icon"
          className="md:hidden"
          aria-label={t('nav.closeMenu')}
          onClick={onClose}
        >
          <X aria-hidden="true" />
        </Button>
      </div>
      <nav aria-label={t('nav.main')} className="flex-1 overflow-y-auto p-3">
        <ul className="flex flex-col gap-1">
          {NAV_ITEMS.map((item) => (
            <li key={item.to}>
              <SidebarNavLink item={item} onNavigate={onNavigate} />
            </li>
          ))}
        </ul>
      </nav>
      <p className="border-t border-border px-4 py-3 text-xs text-muted-foreground">
        {t('nav.tagline')}
      </p>
    </aside>
  );
}
