import { Badge, ThemeIcon, Tooltip } from '@mantine/core';
import { IconBrandWhatsapp, IconHeadset, IconLifebuoy, IconMail, IconMessageCircle, IconPhone, type Icon } from '@tabler/icons-react';
import { useT } from '../../lib/i18n.tsx';
import { messages } from './messages.ts';
import { CHANNELS, STATUSES, type Channel, type Status } from './types.ts';

export const CHANNEL_LOOK: Record<Channel, { Icon: Icon; color: string }> = {
  whatsapp: { Icon: IconBrandWhatsapp, color: 'green' },
  email: { Icon: IconMail, color: 'blue' },
  phone: { Icon: IconPhone, color: 'grape' },
  helpdesk: { Icon: IconLifebuoy, color: 'orange' },
  livechat: { Icon: IconMessageCircle, color: 'cyan' },
};

const STATUS_COLOR: Record<Status, string> = { open: 'blue', pending: 'yellow', escalated: 'red', resolved: 'teal', closed: 'gray' };

const isChannel = (value: string): value is Channel => CHANNELS.includes(value as Channel);
const isStatus = (value: string): value is Status => STATUSES.includes(value as Status);

/** The channel's icon, with its name for screen readers and as a tooltip. */
export function ChannelIcon({ channel, size = 28 }: { channel: string; size?: number }) {
  const t = useT(messages);
  const look = isChannel(channel) ? CHANNEL_LOOK[channel] : { Icon: IconHeadset, color: 'gray' };
  const label = isChannel(channel) ? t(channel) : channel;
  return (
    <Tooltip label={label} withinPortal>
      <ThemeIcon size={size} radius="xl" variant="light" color={look.color} role="img" aria-label={label}>
        <look.Icon size={Math.round(size * 0.62)} aria-hidden />
      </ThemeIcon>
    </Tooltip>
  );
}

export function StatusBadge({ status }: { status: string }) {
  const t = useT(messages);
  return (
    <Badge size="xs" variant="light" color={isStatus(status) ? STATUS_COLOR[status] : 'gray'}>
      {isStatus(status) ? t(status) : status}
    </Badge>
  );
}
