import { Alert, Badge, Center, Group, Loader, Select, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { get, query } from '../../lib/api.ts';
import { formatNumber } from '../../lib/format.ts';
import { useLanguage } from '../../lib/i18n.tsx';
import type { Me } from '../../lib/session.ts';
import { formatMonth, jakartaMonth } from '../dashboard/month.ts';
import { EscalationItem } from './EscalationItem.tsx';
import { ScoreSummary } from './ScoreSummary.tsx';
import type { QueueItem, Team, TeamScore } from './types.ts';
import type { Layer2T } from './messages.ts';

export const QUEUE_KEY = 'l2-queue';
export const SCORES_KEY = 'l2-scores';

/** The team's escalations, open first, under the month's score; supervisors pick a team or see all. */
export function Layer2List({ me, t }: { me: Me; t: Layer2T }) {
  const { language } = useLanguage();
  const [params, setParams] = useSearchParams();
  const isTeam = me.role === 'l2';
  const teamCode = isTeam ? (me.team?.code ?? '') : (params.get('team') ?? '');
  const month = jakartaMonth();
  const teams = useQuery({ queryKey: ['teams'], queryFn: () => get<Team[]>('/api/teams'), enabled: !isTeam, staleTime: 300_000 });
  const queue = useQuery({ queryKey: [QUEUE_KEY, teamCode], queryFn: () => get<QueueItem[]>(`/api/escalations/queue${query({ team: isTeam ? undefined : teamCode })}`) });
  const scores = useQuery({ queryKey: [SCORES_KEY, month], queryFn: () => get<TeamScore[]>(`/api/l2/scores${query({ month })}`) });
  const selectedTeamId = isTeam ? (me.team?.id ?? null) : (teams.data?.find((team) => team.code === teamCode)?.id ?? null);
  const open = queue.data?.filter((item) => item.status === 'open').length ?? 0;
  const title = isTeam && me.team ? t('titleTeam', { team: me.team.name }) : t('title');

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end">
        <Group gap="sm" align="baseline">
          <Title order={1} size="h2">{title}</Title>
          {queue.data && <Badge autoContrast color={open ? 'yellow.4' : 'green.1'} variant="filled">{t('openCount', { n: formatNumber(open) })}</Badge>}
        </Group>
        {!isTeam && (
          <Select
            label={t('team')} w={300} size="sm" searchable clearable placeholder={t('allTeams')} value={teamCode || null}
            data={(teams.data ?? []).map((team) => ({ value: team.code, label: `${team.code} · ${team.name}` }))}
            onChange={(value) => setParams(value ? { team: value } : {}, { replace: true })}
          />
        )}
      </Group>
      {scores.data && <ScoreSummary scores={scores.data} teamId={isTeam || teamCode ? selectedTeamId : null} monthLabel={formatMonth(month, language)} t={t} />}
      {(queue.isError || scores.isError) && <Alert color="red" role="alert">{t('error', { message: (queue.error ?? scores.error)?.message ?? '' })}</Alert>}
      {queue.isPending ? (
        <Center h={200}><Loader aria-label={t('loading')} /></Center>
      ) : (
        <Stack gap={8} component="ul" aria-label={t('listLabel')} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {queue.data?.length === 0 && <Text c="dimmed">{t('empty')}</Text>}
          {queue.data?.map((item) => <li key={item.id}><EscalationItem item={item} showTeam={!isTeam && !teamCode} t={t} /></li>)}
        </Stack>
      )}
    </Stack>
  );
}
