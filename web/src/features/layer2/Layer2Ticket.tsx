import { Alert, Anchor, Center, Grid, Group, Loader, Paper, Stack, Text } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { get } from '../../lib/api.ts';
import { formatDateTime } from '../../lib/format.ts';
import type { Me } from '../../lib/session.ts';
import { ConversationView } from '../conversation/ConversationView.tsx';
import { EscalationAnswer } from './EscalationAnswer.tsx';
import { StatusBadges, dueDate } from './EscalationItem.tsx';
import type { QueueItem } from './types.ts';
import type { Layer2T } from './messages.ts';

/** The part of GET /api/tickets/:id this page needs (src/tickets/detail.ts). */
interface TicketEscalations {
  escalations: (Pick<QueueItem, 'id' | 'team_id' | 'team_code' | 'team_name' | 'escalated_at' | 'note' | 'status' | 'answered_at' | 'score' | 'workingDays' | 'pending' | 'dueBy'>)[];
}

/**
 * One escalated ticket: the L1 note, then the whole conversation (ConversationView, which gives a
 * Layer 2 account its answer form). A supervisor or admin may answer an escalation too, but the
 * conversation gives them the Layer 1 composer: they get the answer box beside it.
 */
export function Layer2Ticket({ ticketId, me, t }: { ticketId: number; me: Me; t: Layer2T }) {
  const ticket = useQuery({ queryKey: ['ticket', ticketId], queryFn: () => get<TicketEscalations>(`/api/tickets/${ticketId}`) });
  const escalation = ticket.data?.escalations.at(-1);
  const managerAnswers = (me.role === 'supervisor' || me.role === 'admin') && escalation?.status === 'open';
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Anchor component={Link} to="/l2" size="sm"><Group gap={4}><IconArrowLeft size={16} aria-hidden />{t('back')}</Group></Anchor>
        {escalation && <StatusBadges item={escalation} t={t} />}
      </Group>
      {ticket.isPending && <Center h={200}><Loader aria-label={t('loading')} /></Center>}
      {ticket.isError && <Alert color="red" role="alert">{t('error', { message: ticket.error.message })}</Alert>}
      {escalation && (
        <Paper withBorder px="sm" py={6} radius="md" bg="grape.0">
          <Text size="sm" lineClamp={2}>
            <Text span fw={600} size="sm">{t('note')} · {escalation.team_name}: </Text>{escalation.note}
          </Text>
          <Text size="xs" c="dimmed">
            {t('escalatedAt', { date: formatDateTime(escalation.escalated_at) })}
            {escalation.status === 'open' ? ` · ${t('dueBy', { date: dueDate(escalation.dueBy) })}` : ` · ${t('notOpen')}`}
          </Text>
        </Paper>
      )}
      {ticket.data && (
        <Grid gap="sm">
          <Grid.Col span={{ base: 12, lg: managerAnswers ? 8 : 12 }}>
            <ConversationView ticketId={ticketId} me={me} />
          </Grid.Col>
          {managerAnswers && (
            <Grid.Col span={{ base: 12, lg: 4 }}>
              <EscalationAnswer ticketId={ticketId} t={t} />
            </Grid.Col>
          )}
        </Grid>
      )}
    </Stack>
  );
}
