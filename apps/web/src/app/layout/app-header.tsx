import { Menu } from 'lucide-react';
import type { Ref } from 'react';
import { APP_SIDEBAR_ID } from '@/app/layout/app-sidebar';
import { Button } from '@/components/ui/button';

export type AppHeaderProps = {
  title: string | null;
  isNavOpen: boolean;
  onOpenNav: () => void;
  menuButtonRef: Ref<HTMLButtonElement>;
};

export function AppHeader({
  title,
  isNavOpen,
  onOpenNav,
  menuButtonRef,
}: AppHeaderProps): React.JSX.Element {
  return (
    <header className="sticky top-0 z-20 flex h-14 items-center gap-2 border-b border-border bg-surface/85 px-4 backdrop-blur md:px-8">
      <Button
        ref={menuButtonRef}
        variant="ghost"
        size="icon"
        className="-ml-2 md:hidden"
        aria-label="Abrir menu"
        aria-expanded={isNavOpen}
        aria-controls={APP_SIDEBAR_ID}
        onClick={onOpenNav}
      >
        <Menu aria-hidden="true" />
      </Button>
      <p className="text-sm text-muted-foreground">
        Loved CRM
        {title ? (
          <>
            <span aria-hidden="true" className="mx-2 text-border">
              /
            </span>
            <span className="font-medium text-foreground">{title}</span>
          </>
        ) : null}
      </p>
    </header>
  );
}
