import { Group, Paper, SimpleGrid, Table, Text, Title } from '@mantine/core';
import { formatNumber } from '../../lib/format.ts';
import type { TeamScore } from './types.ts';
import type { Layer2T } from './messages.ts';

const score = (value: number | null, none: string): string => (value === null ? none : formatNumber(value, 2));

function Figure({ label, value, color }: { label: string; value: string; color?: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>{label}</Text>
      <Text fz={24} fw={700} c={color} lh={1.3}>{value}</Text>
    </div>
  );
}

/** One team's month: mean score, volume, unanswered, mean working days (GET /api/l2/scores). */
function TeamFigures({ team, t }: { team: TeamScore | undefined; t: Layer2T }) {
  return (
    <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
      <Figure label={t('score')} value={score(team?.score ?? null, '–')} color={team?.score == null ? undefined : team.score >= 110 ? 'green.8' : team.score >= 95 ? 'blue.8' : 'orange.8'} />
      <Figure label={t('tickets')} value={formatNumber(team?.count ?? 0)} />
      <Figure label={t('unanswered')} value={formatNumber(team?.pending ?? 0)} color={team?.pending ? 'orange.8' : undefined} />
      <Figure label={t('workingDays')} value={team?.mean_working_days == null ? '–' : t('daysValue', { n: formatNumber(team.mean_working_days, 1) })} />
    </SimpleGrid>
  );
}

/** Every team ranked (a supervisor without a team filter). */
function Ranking({ scores, t }: { scores: TeamScore[]; t: Layer2T }) {
  if (scores.length === 0) return <Text c="dimmed" size="sm">{t('noScore')}</Text>;
  return (
    <Table verticalSpacing={2} fz="sm">
      <Table.Thead>
        <Table.Tr><Table.Th>{t('team')}</Table.Th><Table.Th ta="right">{t('score')}</Table.Th><Table.Th ta="right">{t('tickets')}</Table.Th><Table.Th ta="right">{t('unanswered')}</Table.Th></Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {scores.map((s) => (
          <Table.Tr key={s.team_id}>
            <Table.Th scope="row" fw={500}>{s.team}</Table.Th>
            <Table.Td ta="right" fw={600}>{score(s.score, '–')}</Table.Td>
            <Table.Td ta="right">{formatNumber(s.count)}</Table.Td>
            <Table.Td ta="right">{formatNumber(s.pending)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** The month's score at the top of the Layer 2 view: the team's own figures, or the ranking of all teams. */
export function ScoreSummary({ scores, teamId, monthLabel, t }: { scores: TeamScore[]; teamId: number | null; monthLabel: string; t: Layer2T }) {
  return (
    <Paper withBorder p="sm" radius="md">
      <Group justify="space-between" align="baseline" mb={6}>
        <Title order={2} size="h5">{t('scoreTitle', { month: monthLabel })}</Title>
        <Text size="xs" c="dimmed">{t('scoreRule')}</Text>
      </Group>
      {teamId === null ? <Ranking scores={scores} t={t} /> : <TeamFigures team={scores.find((s) => s.team_id === teamId)} t={t} />}
    </Paper>
  );
}
