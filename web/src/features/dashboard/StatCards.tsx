import { Paper, SimpleGrid, Text } from '@mantine/core';
import { formatMinutes, formatNumber } from '../../lib/format.ts';
import type { Dashboard } from './types.ts';
import type { DashboardT } from './messages.ts';

function Stat({ label, value, hint, color }: { label: string; value: string; hint?: string; color?: string }) {
  return (
    <Paper withBorder p="sm" radius="md">
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>{label}</Text>
      <Text fz={26} fw={700} c={color} lh={1.3}>{value}</Text>
      {hint && <Text size="xs" c="dimmed">{hint}</Text>}
    </Paper>
  );
}

/** The headline numbers: tickets in the period, the queue now, and the first-response time. */
export function StatCards({ data, t }: { data: Dashboard; t: DashboardT }) {
  const { tickets, queue, first_response: response } = data;
  const resolved = tickets.by_status.resolved + tickets.by_status.closed;
  return (
    <SimpleGrid cols={{ base: 2, md: 5 }} spacing="sm">
      <Stat label={t('tickets')} value={formatNumber(tickets.total)} hint={t('ticketsHint', { resolved: formatNumber(resolved) })} />
      <Stat label={t('queueOpen')} value={formatNumber(queue.open)} hint={t('queueHint')} color="blue.8" />
      <Stat label={t('queuePending')} value={formatNumber(queue.pending)} hint={t('queueHint')} color="yellow.8" />
      <Stat label={t('queueEscalated')} value={formatNumber(queue.escalated)} hint={t('queueHint')} color="grape.8" />
      <Stat
        label={t('firstResponse')}
        value={response.median_minutes === null ? '–' : formatMinutes(response.median_minutes)}
        hint={[
          response.median_minutes === null ? null : t('median'),
          response.average_minutes === null ? null : t('average', { value: formatMinutes(response.average_minutes) }),
          response.waiting ? t('waiting', { n: formatNumber(response.waiting) }) : null,
        ].filter(Boolean).join(' · ')}
      />
    </SimpleGrid>
  );
}
