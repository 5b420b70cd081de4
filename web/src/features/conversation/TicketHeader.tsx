import { Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconCircleCheck, IconRefresh } from '@tabler/icons-react';
import { formatDateTime } from '../../lib/format.ts';
import type { Me } from '../../lib/session.ts';
import { useT } from '../../lib/i18n.tsx';
import { AssignSelect } from './AssignSelect.tsx';
import { ChannelIcon } from './ChannelIcon.tsx';
import { EscalateButton } from './EscalateButton.tsx';
import { notifyDone, notifyError } from './feedback.ts';
import { messages } from './messages.ts';
import { useTicketActions } from './queries.ts';
import { STATUS_COLORS } from './statusColors.ts';
import type { TicketDetail } from './types.ts';

function ResolveButton({ ticket }: { ticket: TicketDetail }) {
  const t = useT(messages);
  const { update } = useTicketActions(ticket.id);
  const done = ticket.status === 'resolved' || ticket.status === 'closed';
  const change = () =>
    update.mutate({ status: done ? 'open' : 'resolved' }, {
      onSuccess: () => notifyDone(done ? t('reopened') : t('resolved')),
      onError: (e) => notifyError(t('actionFailed'), e),
    });
  return done ? (
    <Button size="xs" variant="default" leftSection={<IconRefresh size={16} aria-hidden />} onClick={change} loading={update.isPending}>{t('reopen')}</Button>
  ) : (
    <Button size="xs" color="teal" leftSection={<IconCircleCheck size={16} aria-hidden />} onClick={change} loading={update.isPending}>{t('resolve')}</Button>
  );
}

/** Number, subject, channel and status; and for Layer 1 the ticket's actions: assign, escalate, resolve. */
export function TicketHeader({ ticket, me }: { ticket: TicketDetail; me: Me }) {
  const t = useT(messages);
  return (
    <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs" px="md" py="xs" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
      <Stack gap={2} miw={0} flex="1 1 320px">
        <Group gap={8} wrap="nowrap">
          <ChannelIcon channel={ticket.channel} size={20} label={t(`channel_${ticket.channel}`)} />
          <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>{t('ticket', { number: ticket.number })}</Text>
          <Badge color={STATUS_COLORS[ticket.status]} variant="light" data-testid="ticket-status">{t(`status_${ticket.status}`)}</Badge>
          {ticket.complaint && <Badge color="red" variant="outline">{t('complaint')}</Badge>}
        </Group>
        <Title order={2} size="h5" lineClamp={2} title={ticket.subject}>{ticket.subject}</Title>
        <Text size="xs" c="dimmed">
          {formatDateTime(ticket.created_at)} · {ticket.assignee ? ticket.assignee.name : t('unassigned')}{ticket.team ? ` · ${ticket.team.name}` : ''}
        </Text>
      </Stack>
      {me.role !== 'l2' && (
        <Group gap="xs" wrap="nowrap">
          <AssignSelect ticket={ticket} me={me} />
          <EscalateButton ticket={ticket} />
          <ResolveButton ticket={ticket} />
        </Group>
      )}
    </Group>
  );
}
