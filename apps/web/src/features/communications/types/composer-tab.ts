import type { LucideIcon } from 'lucide-react';
import type { ReactNode } from 'react';

/**
 * One more way to add to the timeline, offered by a feature the timeline does not know (such
 * as WhatsApp): app/ builds it and hands it to the composer, so the features stay apart.
 */
export type ComposerTab = {
  value: string;
  label: string;
  icon: LucideIcon;
  content: ReactNode;
};
