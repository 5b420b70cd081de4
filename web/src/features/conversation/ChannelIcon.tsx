import { IconBrandWhatsapp, IconHeadset, IconMail, IconMessageChatbot, IconPhone, type Icon } from '@tabler/icons-react';
import type { Channel } from './types.ts';

const ICONS: Record<Channel, Icon> = { whatsapp: IconBrandWhatsapp, email: IconMail, phone: IconPhone, helpdesk: IconHeadset, livechat: IconMessageChatbot };
const COLORS: Record<Channel, string> = { whatsapp: '#128C7E', email: '#1c7ed6', phone: '#5f3dc4', helpdesk: '#e8590c', livechat: '#0b7285' };

/** The channel's icon in its colour; pass a label when no text beside it names the channel. */
export function ChannelIcon({ channel, size = 18, label }: { channel: Channel; size?: number; label?: string }) {
  const Component = ICONS[channel];
  return <Component size={size} color={COLORS[channel]} aria-hidden={label ? undefined : true} aria-label={label} role={label ? 'img' : undefined} />;
}
