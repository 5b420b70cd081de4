import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { Alert, Badge, Button, Center, Group, Loader, SegmentedControl, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { PageProps } from '../../app/pages.tsx';
import { get, query } from '../../lib/api.ts';
import { formatTime } from '../../lib/format.ts';
import { useLanguage, useT } from '../../lib/i18n.tsx';
import { isTicketEvent, useLiveInvalidate, useLiveStatus } from '../../lib/live.ts';
import { dashboardMessages, type DashboardT } from './messages.ts';
import { formatMonth } from './month.ts';
import type { Dashboard, Period } from './types.ts';
import { StatCards } from './StatCards.tsx';
import { ChartCard } from './ChartCard.tsx';
import { RatingsTable } from './RatingsTable.tsx';
import { channelChart, l2Chart, serviceHoursChart, timelineChart } from './charts.ts';

const KEY = 'dashboard';
/** A burst of ticket events costs one refetch every few seconds at most. */
const LIVE_BATCH_MS = 3_000;

/** Supervisors' live figures for today or this month (GET /api/dashboard), refreshed on live events. */
export function DashboardPage(_props: PageProps) {
  const t = useT(dashboardMessages);
  // The period lives in the address (?period=month), so that a reload or a shared link keeps it.
  const [params, setParams] = useSearchParams();
  const period: Period = params.get('period') === 'month' ? 'month' : 'today';
  const setPeriod = (next: Period) => setParams(next === 'today' ? {} : { period: next }, { replace: true });
  const live = useLiveStatus();
  useLiveInvalidate([[KEY]], isTicketEvent, LIVE_BATCH_MS);
  const figures = useQuery({
    queryKey: [KEY, period],
    queryFn: () => get<Dashboard>(`/api/dashboard${query({ period })}`),
    placeholderData: keepPreviousData,
    // Without the live connection, poll; with it, a slow refresh still moves "waiting" and the clock.
    refetchInterval: live === 'open' ? 120_000 : 30_000,
  });

  return (
    <Stack gap="sm">
      <Group justify="space-between" wrap="wrap">
        <Group gap="sm">
          <Title order={1} size="h2">{t('title')}</Title>
          <SegmentedControl aria-label={t('period')} value={period} onChange={(v) => setPeriod(v)} data={[{ value: 'today', label: t('today') }, { value: 'month', label: t('thisMonth') }]} />
        </Group>
        <Group gap="xs" aria-live="polite">
          {figures.isFetching && <Loader size="xs" aria-hidden />}
          <Badge variant="dot" color={live === 'open' ? 'green' : 'gray'}>{live === 'open' ? t('live') : t('polling')}</Badge>
          {figures.data && <Text size="sm" c="dimmed">{t('updated', { time: formatTime(figures.data.generated_at) })}</Text>}
        </Group>
      </Group>
      {figures.isError && (
        <Alert color="red" role="alert" title={t('error', { message: figures.error.message })}>
          <Button size="xs" variant="default" onClick={() => void figures.refetch()}>{t('retry')}</Button>
        </Alert>
      )}
      {figures.isPending ? <Center h={300}><Loader aria-label={t('title')} /></Center> : figures.data && <Figures data={figures.data} t={t} />}
    </Stack>
  );
}

function Figures({ data, t }: { data: Dashboard; t: DashboardT }) {
  const { language } = useLanguage();
  const monthLabel = formatMonth(data.month, language);
  // Options are rebuilt only when the figures (or the language: t follows it) change, so a re-render does not redraw.
  const charts = useMemo(() => ({
    channels: channelChart(data, t), timeline: timelineChart(data, t), hours: serviceHoursChart(data, t), l2: l2Chart(data, t),
  }), [data, language]);
  const scored = data.l2_scores.filter((s) => s.score !== null).length;
  return (
    <Stack gap="sm">
      <StatCards data={data} t={t} />
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="sm">
        <ChartCard title={t('byChannel')} label={t('byChannel')} empty={data.tickets.total === 0} emptyText={t('noData')} height={210} {...charts.channels} />
        <ChartCard title={data.period === 'today' ? t('perHour') : t('perDay')} label={data.period === 'today' ? t('perHour') : t('perDay')} empty={data.tickets.total === 0} emptyText={t('noData')} height={210} {...charts.timeline} />
        <ChartCard title={t('serviceHours')} label={t('serviceHours')} empty={data.tickets.total === 0} emptyText={t('noData')} height={210} {...charts.hours} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
        <ChartCard title={t('l2Scores', { month: monthLabel })} label={t('l2Scores', { month: monthLabel })} empty={scored === 0} emptyText={t('noData')} height={Math.max(160, scored * 30 + 20)} {...charts.l2} />
        <RatingsTable data={data} t={t} monthLabel={monthLabel} />
      </SimpleGrid>
    </Stack>
  );
}
