import { Paper, Table, Text, ThemeIcon, Title, Tooltip } from '@mantine/core';
import { IconAlertTriangle, IconCheck } from '@tabler/icons-react';
import { formatNumber } from '../../lib/format.ts';
import type { Dashboard } from './types.ts';
import type { DashboardT } from './messages.ts';

const decimal = (value: number | null): string => (value === null ? '–' : formatNumber(value, 2));

/** Each agent's month: ratings, distinct raters, the two means, their mean, and the minimum rule. */
export function RatingsTable({ data, t, monthLabel }: { data: Dashboard; t: DashboardT; monthLabel: string }) {
  const { minimum, agents } = data.ratings;
  return (
    <Paper withBorder p="sm" radius="md">
      <Title order={3} size="h5">{t('ratings', { month: monthLabel })}</Title>
      <Text size="xs" c="dimmed" mb="xs">{t('minimumRule', { ratings: minimum.ratings, raters: minimum.raters })}</Text>
      <Table.ScrollContainer minWidth={440}>
        <Table striped highlightOnHover verticalSpacing={4} horizontalSpacing={6} fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('agent')}</Table.Th>
              <Table.Th ta="right">{t('ratingsCount')}</Table.Th>
              <Table.Th ta="right">{t('raters')}</Table.Th>
              <Table.Th ta="right">{t('service')}</Table.Th>
              <Table.Th ta="right">{t('substance')}</Table.Th>
              <Table.Th ta="right">{t('score')}</Table.Th>
              <Table.Th><abbr title={t('minimumRule', { ratings: minimum.ratings, raters: minimum.raters })}>{t('minimum')}</abbr></Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {agents.length === 0 && <Table.Tr><Table.Td colSpan={7}><Text c="dimmed" size="sm">{t('noData')}</Text></Table.Td></Table.Tr>}
            {agents.map((a) => (
              <Table.Tr key={a.agent}>
                <Table.Th scope="row" fw={500}>{a.name || a.agent}</Table.Th>
                <Table.Td ta="right">{formatNumber(a.ratings)}</Table.Td>
                <Table.Td ta="right">{formatNumber(a.raters)}</Table.Td>
                <Table.Td ta="right">{decimal(a.service)}</Table.Td>
                <Table.Td ta="right">{decimal(a.substance)}</Table.Td>
                <Table.Td ta="right" fw={600}>{decimal(a.score)}</Table.Td>
                <Table.Td>
                  <Tooltip label={a.meets_minimum ? t('meets') : t('notMet')}>
                    <ThemeIcon size="sm" variant="light" color={a.meets_minimum ? 'green' : 'orange'} role="img" aria-label={a.meets_minimum ? t('meets') : t('notMet')}>
                      {a.meets_minimum ? <IconCheck size={14} /> : <IconAlertTriangle size={14} />}
                    </ThemeIcon>
                  </Tooltip>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
