import { SquareKanban, LayoutDashboard, Settings, type LucideIcon } from 'lucide-react';
import { paths } from '@/config/paths';
import type { TranslationKey } from '@/lib/i18n/translate';

export type NavItem = {
  to: string;
  labelKey: TranslationKey;
  icon: LucideIcon;
  /** Active only on the exact path (the home link would otherwise match every page). */
  end?: boolean;
};

export const NAV_ITEMS: NavItem[] = [
  { to: paths.home, labelKey: 'nav.home', icon: LayoutDashboard, end: true },
  { to: paths.pipeline, labelKey: 'nav.pipeline', icon: SquareKanban },
  { to: paths.settings, labelKey: 'nav.settings', icon: Settings },
];
