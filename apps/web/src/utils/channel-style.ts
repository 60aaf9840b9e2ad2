import type { Channel } from '@loved/shared';
import { Mail, MessageSquare, Phone, StickyNote, type LucideIcon } from 'lucide-react';

export type ChannelStyle = {
  icon: LucideIcon;
  /** Colour of the icon on a neutral background. */
  iconClass: string;
  /** Soft background with matching text: channel avatars and badges. */
  softClass: string;
};

/** The seed's channel colours: WhatsApp green, e-mail blue, calls orange; notes neutral. */
export const CHANNEL_STYLES: Record<Channel, ChannelStyle> = {
  whatsapp: {
    icon: MessageSquare,
    iconClass: 'text-green-600',
    softClass: 'bg-green-100 text-green-800',
  },
  email: { icon: Mail, iconClass: 'text-blue-600', softClass: 'bg-blue-100 text-blue-800' },
  voip: { icon: Phone, iconClass: 'text-orange-600', softClass: 'bg-orange-100 text-orange-800' },
  note: { icon: StickyNote, iconClass: 'text-zinc-600', softClass: 'bg-zinc-100 text-zinc-800' },
};
