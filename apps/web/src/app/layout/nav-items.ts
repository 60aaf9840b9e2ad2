import { SquareKanban, LayoutDashboard, Settings, type LucideIcon } from 'lucide-react';
import { paths } from '@/config/paths';

export type NavItem = {
  to: string;
  label: string;
  icon: LucideIcon;
  /** Active only on the exact path (the home link would otherwise match every page). */
  end?: boolean;
};

export const NAV_ITEMS: NavItem[] = [
  { to: paths.home, label: 'Painel', icon: LayoutDashboard, end: true },
  { to: paths.pipeline, label: 'Pipeline', icon: SquareKanban },
  { to: paths.settings, label: 'Configurações', icon: Settings },
];
