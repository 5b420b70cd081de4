import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { IconBrandWhatsapp, IconHeadset, IconMail, IconMessageCircle, IconPhone, IconUser } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useT } from '../../lib/i18n.tsx';
import { formatDate } from '../../lib/format.ts';
import type { CallerCard, EarlierTicket } from './api.ts';
import { messages } from './messages.ts';

const CHANNEL_ICON = { whatsapp: IconBrandWhatsapp, email: IconMail, livechat: IconMessageCircle, helpdesk: IconHeadset, phone: IconPhone } as const;
const TICKET_STATUS = ['open', 'pending', 'escalated', 'resolved', 'closed'] as const;
const STATUS_COLOR: Record<(typeof TICKET_STATUS)[number], string> = { open: 'blue', pending: 'yellow', escalated: 'grape', resolved: 'teal', closed: 'gray' };

/** Who is calling: name, institution, region with its zone, user category, other numbers. */
export function CallerCardView({ caller, number }: { caller: CallerCard | null; number: string | null }) {
  const t = useT(messages);
  return (
    <Stack gap={4} data-testid="caller-card">
      <Group gap="xs" wrap="nowrap">
        <IconUser size={18} aria-hidden />
        <Text fw={700} truncate="end">{caller?.name || t('newCaller')}</Text>
      </Group>
      <Text size="sm">{number ?? t('hiddenNumber')}</Text>
      {caller?.institution && <Text size="sm" c="dimmed">{caller.institution}</Text>}
      <Group gap={6}>
        {caller?.region_name ? <Badge variant="light" radius="sm" tt="none">{caller.region_name}</Badge> : null}
        <Badge variant="outline" radius="sm" tt="none" color={caller?.zone ? 'blue' : 'gray'}>{caller?.zone ? t('zone', { zone: caller.zone }) : t('noZone')}</Badge>
        {caller?.user_category_label && <Badge variant="light" color="gray" radius="sm" tt="none">{caller.user_category_label}</Badge>}
      </Group>
      {caller && caller.emails.length > 0 && <Text size="xs" c="dimmed">{t('emails')}: {caller.emails.join(', ')}</Text>}
    </Stack>
  );
}

/** The caller's earlier tickets on any channel, newest first, each linking to its conversation. */
export function EarlierTickets({ tickets, max = 5 }: { tickets: EarlierTicket[]; max?: number }) {
  const t = useT(messages);
  if (tickets.length === 0) return <Text size="sm" c="dimmed">{t('noEarlier')}</Text>;
  return (
    <Stack gap={6} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} data-testid="earlier-tickets">
      {tickets.slice(0, max).map((ticket) => {
        const Icon = CHANNEL_ICON[ticket.channel as keyof typeof CHANNEL_ICON] ?? IconMessageCircle;
        const status = TICKET_STATUS.find((s) => s === ticket.status);
        return (
          <Group component="li" key={ticket.id} gap="xs" wrap="nowrap" align="flex-start">
            <Icon size={16} aria-label={ticket.channel} style={{ flexShrink: 0, marginTop: 2 }} />
            <div style={{ minWidth: 0, flex: 1 }}>
              <Group gap={6} wrap="wrap">
                <Anchor component={Link} to={`/inbox/${ticket.id}`} size="sm" fw={600}>#{ticket.number}</Anchor>
                <Text size="xs" c="dimmed">{formatDate(ticket.created_at)}</Text>
                {status && <Badge size="xs" variant="light" tt="none" color={STATUS_COLOR[status]}>{t(status)}</Badge>}
              </Group>
              <Text size="xs" lineClamp={1}>{ticket.subject || '–'}</Text>
            </div>
          </Group>
        );
      })}
    </Stack>
  );
}
