import { NavLink } from 'react-router';
import type { NavItem } from '@/app/layout/nav-items';
import { cn } from '@/lib/cn';
import { useTranslation } from '@/lib/i18n/use-translation';

export type SidebarNavLinkProps = {
  item: NavItem;
  onNavigate: () => void;
};

export function SidebarNavLink({ item, onNavigate }: SidebarNavLinkProps): React.JSX.Element {
  const { t } = useTranslation();
  const Icon = item.icon;
  return (
    <NavLink
      to={item.to}
      end={item.end}
      onClick={onNavigate}
      className={({ isActive }) =>
        cn(
          'flex items-center gap-3 rounded-md px-3 py-2 text-sm font-medium transition-colors outline-none focus-visible:ring-2 focus-visible:ring-ring',
          isActive
            ? 'bg-muted text-foreground'
            : 'text-muted-foreground hover:bg-muted/60 hover:text-foreground',
        )
      }
    >
      {({ isActive }) => (
        <>
          <Icon aria-hidden="true" className={cn('size-4', isActive && 'text-brand')} />
          {t(item.labelKey)}
        </>
      )}
    </NavLink>
  );
}
