import {
  CalendarCheck,
  ChartColumn,
  SquareKanban,
  Settings,
  TableProperties,
  type LucideIcon,
} from 'lucide-react';
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
  { to: paths.agenda, labelKey: 'nav.agenda', icon: CalendarCheck },
  { to: paths.pipeline, labelKey: 'nav.pipeline', icon: SquareKanban },
  { to: paths.leads, labelKey: 'nav.leads', icon: TableProperties, end: true },
  { to: paths.analytics, labelKey: 'nav.analytics', icon: ChartColumn },
  { to: paths.settings, labelKey: 'nav.settings', icon: Settings },
];
