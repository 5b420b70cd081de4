import { memo } from 'react';
import { Badge, Box, Group, Skeleton, Text } from '@mantine/core';
import { formatDate, formatDateTime, formatTime } from '../../lib/format.ts';
import { useT } from '../../lib/i18n.tsx';
import { ChannelIcon, StatusBadge } from './badges.tsx';
import { messages } from './messages.ts';
import type { TicketListItem } from './types.ts';
import classes from './inbox.module.css';

export const ROW_HEIGHT = 88;

const jakartaDay = (iso: string | Date) => formatDate(iso);

/** Today: the time (14.05); earlier: the date (27 Nov 2026). */
const shortWhen = (iso: string): string => (jakartaDay(iso) === jakartaDay(new Date()) ? formatTime(iso) : formatDate(iso));

interface RowProps {
  ticket: TicketListItem;
  unread: boolean;
  selected: boolean;
  cursor: boolean;
  topicLabel: (code: string) => string;
  onOpen: (ticket: TicketListItem) => void;
}

/** One ticket in the list: who, what, when, and where it stands. */
export const TicketRow = memo(function TicketRow({ ticket, unread, selected, cursor, topicLabel, onOpen }: RowProps) {
  const t = useT(messages);
  const who = ticket.requester?.name || ticket.requester?.phone || ticket.requester?.email || '—';
  return (
    <Box
      id={`ticket-row-${ticket.id}`}
      role="option"
      aria-selected={selected}
      data-cursor={cursor || undefined}
      data-unread={unread || undefined}
      className={classes.row}
      onClick={() => onOpen(ticket)}
      data-testid="ticket-row"
    >
      <Group gap="sm" wrap="nowrap" align="flex-start" h="100%">
        <Box pos="relative">
          <ChannelIcon channel={ticket.channel} />
          {unread && <span className={classes.unreadDot} role="img" aria-label={t('unread')} />}
        </Box>
        <Box style={{ flex: 1, minWidth: 0 }}>
          <Group justify="space-between" gap={6} wrap="nowrap">
            <Text size="sm" fw={unread ? 700 : 500} truncate>{who}</Text>
            <Text size="xs" c={unread ? 'blue.8' : 'dimmed'} fw={unread ? 700 : 400} style={{ flexShrink: 0 }} title={formatDateTime(ticket.last_message_at)}>
              {shortWhen(ticket.last_message_at)}
            </Text>
          </Group>
          <Text size="xs" c={unread ? undefined : 'dark.3'} fw={unread ? 600 : 400} truncate>
            <Text span size="xs" c="dimmed">#{ticket.number} · </Text>
            {ticket.subject || t('noSubject')}
          </Text>
          <Group gap={4} mt={4} wrap="nowrap" className={classes.meta}>
            <StatusBadge status={ticket.status} />
            {ticket.complaint && <Badge size="xs" color="red" variant="outline">{t('complaint')}</Badge>}
            {ticket.topics.slice(0, 2).map((code) => (
              <Badge key={code} size="xs" variant="default" tt="none">{topicLabel(code)}</Badge>
            ))}
            {ticket.topics.length > 2 && <Text size="xs" c="dimmed">+{ticket.topics.length - 2}</Text>}
            {ticket.zone && <Badge size="xs" variant="outline" color="gray">{ticket.zone}</Badge>}
            <Text size="xs" c="dimmed" truncate ml="auto">{ticket.assignee?.name ?? t('unassignedShort')}</Text>
          </Group>
        </Box>
      </Group>
    </Box>
  );
});

export function RowSkeleton() {
  return (
    <Group gap="sm" wrap="nowrap" align="flex-start" p="sm" h={ROW_HEIGHT} aria-hidden>
      <Skeleton circle height={28} />
      <Box style={{ flex: 1 }}>
        <Skeleton height={12} width="55%" mb={8} />
        <Skeleton height={10} width="90%" mb={8} />
        <Skeleton height={10} width="40%" />
      </Box>
    </Group>
  );
}
