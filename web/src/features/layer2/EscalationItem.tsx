import { Badge, Group, Paper, Text, ThemeIcon, UnstyledButton } from '@mantine/core';
import { IconBrandWhatsapp, IconMail, IconMessageCircle, IconMessage2, IconNote, IconPhone, IconForms } from '@tabler/icons-react';
import { Link } from 'react-router';
import { formatDate, formatDateTime } from '../../lib/format.ts';
import type { QueueItem } from './types.ts';
import type { Layer2T } from './messages.ts';

const CHANNEL_ICONS: Record<string, typeof IconMail> = { whatsapp: IconBrandWhatsapp, email: IconMail, phone: IconPhone, helpdesk: IconForms, livechat: IconMessageCircle };
const channelLabel = (channel: string, t: Layer2T): string =>
  channel === 'whatsapp' || channel === 'email' || channel === 'phone' || channel === 'helpdesk' || channel === 'livechat' ? t(channel) : channel;

/** H+3 as a date at noon in Jakarta, so that formatting in Asia/Jakarta shows that day. */
export const dueDate = (day: string): string => formatDate(`${day}T12:00:00+07:00`);

/** The badge of an escalation: waiting (red once past H+3) or answered/returned with its score. */
export function StatusBadges({ item, t }: { item: Pick<QueueItem, 'status' | 'score' | 'pending' | 'workingDays'>; t: Layer2T }) {
  const overdue = item.pending && item.score === 80;
  const scoreColor = item.score === 120 ? 'green' : item.score === 100 ? 'blue' : 'orange';
  return (
    <Group gap={6}>
      <Badge size="sm" autoContrast variant={item.status === 'open' ? 'filled' : 'light'} color={item.status === 'open' ? (overdue ? 'red.8' : 'yellow.4') : item.status === 'answered' ? 'green' : 'gray'}>
        {overdue ? t('overdue') : t(item.status)}
      </Badge>
      {item.workingDays !== null && <Badge size="sm" variant="outline" color="gray">{t('day', { n: item.workingDays })}</Badge>}
      {item.score !== null && <Badge size="sm" variant="light" color={scoreColor}>{item.score}</Badge>}
    </Group>
  );
}

/** One escalation in the list: the requester's question and the Layer 1 note, a link to the ticket. */
export function EscalationItem({ item, showTeam, t }: { item: QueueItem; showTeam: boolean; t: Layer2T }) {
  const Icon = CHANNEL_ICONS[item.channel] ?? IconMessage2;
  return (
    <UnstyledButton component={Link} to={`/l2/${item.ticket_id}`} w="100%" aria-label={`${t('ticket', { n: item.ticket_number })}, ${item.requester_name}, ${t(item.status)}`}>
      <Paper withBorder p="sm" radius="md" bg={item.status === 'open' ? undefined : 'gray.0'} style={{ borderLeft: `4px solid var(--mantine-color-${item.status === 'open' ? 'yellow-6' : 'gray-3'})` }}>
        <Group justify="space-between" wrap="nowrap" gap="xs">
          <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
            <ThemeIcon size="sm" variant="light" color="gray" aria-label={channelLabel(item.channel, t)}><Icon size={14} /></ThemeIcon>
            <Text fw={600} size="sm">{t('ticket', { n: item.ticket_number })}</Text>
            <Text size="sm" truncate>{item.requester_name}{item.requester_institution ? ` · ${item.requester_institution}` : ''}</Text>
            {showTeam && <Badge size="sm" variant="outline">{item.team_code}</Badge>}
          </Group>
          <StatusBadges item={item} t={t} />
        </Group>
        <Text size="sm" mt={6} lineClamp={2}><Text span fw={600} size="sm">{t('question')}: </Text>{item.question ?? item.subject}</Text>
        <Group gap={6} mt={4} wrap="nowrap" align="flex-start">
          <IconNote size={16} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} color="var(--mantine-color-grape-6)" />
          <Text size="sm" c="dimmed" lineClamp={2}>
            <Text span fw={600} size="sm">{t('note')}{item.escalated_by ? ` (${item.escalated_by})` : ''}: </Text>{item.note}
          </Text>
        </Group>
        <Text size="xs" c="dimmed" mt={4}>
          {t('escalatedAt', { date: formatDateTime(item.escalated_at) })}
          {item.status === 'open' ? ` · ${t('dueBy', { date: dueDate(item.dueBy) })}` : item.answered_at ? ` · ${t(item.status)} ${formatDateTime(item.answered_at)}` : ''}
        </Text>
      </Paper>
    </UnstyledButton>
  );
}
