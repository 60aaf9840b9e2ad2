import { Building2, ChevronsUpDown, Plus } from 'lucide-react';
import { useNavigate, useLocation } from 'react-router';
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuRadioGroup,
  DropdownMenuRadioItem,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from '@/components/ui/dropdown-menu';
import { paths } from '@/config/paths';
import { useTranslation } from '@/lib/i18n/use-translation';
import { selectCurrentMembership, useSessionStore } from '@/stores/session.store';

/** Lists the user's organisations; picking one reloads the pages with its data. */
export function OrganizationSwitcher(): React.JSX.Element | null {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const memberships = useSessionStore((state) => state.memberships);
  const current = useSessionStore(selectCurrentMembership);
  const setOrganization = useSessionStore((state) => state.setOrganization);
  if (!current) return null;

  const handleSwitch = (organizationId: string): void => {
    if (organizationId === current.organization_id) return;
    setOrganization(organizationId);
    // A lead belongs to one organisation: its page makes no sense in the next one.
    if (location.pathname.startsWith('/leads/') || location.search.includes('lead=')) {
      void navigate(paths.pipeline);
    }
  };

  return (
    <DropdownMenu>
      <DropdownMenuTrigger
        aria-label={t('organization.switcher.change', { name: current.name })}
        className="flex max-w-44 min-w-0 items-center gap-2 rounded-md border border-border bg-surface px-2.5 py-1.5 text-sm font-medium shadow-xs outline-none hover:bg-muted focus-visible:ring-2 focus-visible:ring-ring sm:max-w-60"
      >
        <Building2 aria-hidden="true" className="size-4 shrink-0 text-muted-foreground" />
        <span className="truncate">{current.name}</span>
        <ChevronsUpDown aria-hidden="true" className="size-3.5 shrink-0 text-muted-foreground" />
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end" className="w-64">
        <DropdownMenuLabel>{t('organization.switcher.label')}</DropdownMenuLabel>
        <DropdownMenuRadioGroup value={current.organization_id} onValueChange={handleSwitch}>
          {memberships.map((membership) => (
            <DropdownMenuRadioItem
              key={membership.organization_id}
              value={membership.organization_id}
            >
              <span className="flex min-w-0 flex-col">
                <span className="truncate">{membership.name}</span>
                <span className="text-xs text-muted-foreground">
                  {t(`organization.roles.${membership.role}`)}
                </span>
              </span>
            </DropdownMenuRadioItem>
          ))}
        </DropdownMenuRadioGroup>
        <DropdownMenuSeparator />
        <DropdownMenuItem onSelect={() => void navigate(paths.createOrganization)}>
          <Plus aria-hidden="true" />
          {t('organization.switcher.create')}
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
