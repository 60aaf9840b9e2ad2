import type { ActivityType } from '@loved/shared';
import { CheckSquare, Mail, MessageCircle, Phone, Users, type LucideIcon } from 'lucide-react';

/** The icon of each kind of activity, wherever an activity shows (cards, list, agenda). */
export const ACTIVITY_TYPE_ICONS: Record<ActivityType, LucideIcon> = {
  call: Phone,
  meeting: Users,
  whatsapp: MessageCircle,
  email: Mail,
  task: CheckSquare,
};
