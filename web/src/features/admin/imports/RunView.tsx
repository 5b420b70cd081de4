import { Alert, Anchor, Badge, Group, Loader, Paper, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useEffect } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { get } from '../../../lib/api.ts';
import { formatDateTime, formatNumber } from '../../../lib/format.ts';
import { useT } from '../../../lib/i18n.tsx';
import { runKeys, type ImportKind, type ImportRun } from './kinds.ts';
import { importMessages } from './messages.ts';
import { RejectedRows } from './RejectedRows.tsx';
import { StatusBadge } from './StatusBadge.tsx';

const COUNTS = [
  { key: 'inserted', color: 'teal' },
  { key: 'updated', color: 'blue' },
  { key: 'rejected', color: 'red' },
] as const;

/** One import: polled while it runs (its counts grow batch by batch), then its summary and rejected rows. */
export function RunView({ id }: { id: number }) {
  const t = useT(importMessages);
  const run = useQuery({
    queryKey: runKeys.run(id),
    queryFn: () => get<ImportRun>(`/api/imports/${id}`),
    refetchInterval: (query) => (query.state.data?.status === 'running' ? 1000 : false),
  });
  // A run that ends changes the recent imports' counts too.
  const client = useQueryClient();
  const status = run.data?.status;
  useEffect(() => {
    if (status && status !== 'running') void client.invalidateQueries({ queryKey: runKeys.list });
  }, [client, status]);
  if (run.isPending) return <Paper withBorder p="md"><Loader size="sm" aria-label={t('loading')} /></Paper>;
  if (run.isError) return <Alert color="red" role="alert">{run.error.message}</Alert>;
  const r = run.data;
  const total = Math.max(r.read, 1);
  const summary = r.summary;
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap">
          <div style={{ minWidth: 0 }}>
            <Group gap="xs">
              <Title order={3} size="h5">{t('run', { id: r.id })}</Title>
              <Badge variant="light" color="gray">{t(`kind_${r.kind as ImportKind}`)}</Badge>
              <StatusBadge status={r.status} />
            </Group>
            <Text size="sm" truncate="end">{r.filename}</Text>
          </div>
          <Text size="xs" c="dimmed" ta="right">
            {t('startedAt', { date: formatDateTime(r.started_at) })}
            {r.finished_at && <><br />{t('finishedAt', { date: formatDateTime(r.finished_at) })}</>}
          </Text>
        </Group>
        <SimpleGrid cols={4} spacing="xs">
          {(['read', 'inserted', 'updated', 'rejected'] as const).map((key) => (
            <Paper key={key} bg="gray.0" p="xs" radius="sm">
              <Text size="xs" c="dimmed">{t(key)}</Text>
              <Text fw={700} size="xl" c={key === 'rejected' && r.rejected > 0 ? 'red.8' : undefined} data-testid={`count-${key}`}>{formatNumber(r[key])}</Text>
            </Paper>
          ))}
        </SimpleGrid>
        <Progress.Root size="lg" aria-label={t('check')}>
          {COUNTS.map(({ key, color }) => (
            <Progress.Section key={key} value={(r[key] / total) * 100} color={color} animated={r.status === 'running'} striped={r.status === 'running'} aria-label={t(key)} />
          ))}
        </Progress.Root>
        {r.status === 'running' && <Group gap="xs"><Loader size="xs" /><Text size="sm" c="dimmed" aria-live="polite">{t('processing')}</Text></Group>}
        {r.status === 'failed' && <Alert color="red" title={t('errorTitle')} role="alert">{r.error}</Alert>}
        {summary && summary.createdAgents.length > 0 && <Text size="sm">{t('createdAgents')}: {summary.createdAgents.join(', ')}</Text>}
        {summary && summary.createdTeams.length > 0 && <Text size="sm">{t('createdTeams')}: {summary.createdTeams.join(', ')}</Text>}
        {r.status === 'done' && (r.rejected === 0 ? <Text size="sm" c="teal.8">{t('noRejected')}</Text> : (
          <>
            <Group justify="space-between">
              <Text fw={600} size="sm">{t('rejectedRows')}</Text>
              <Anchor href={summary?.rejectedFile ?? `/api/imports/${r.id}/rejected.csv`} download size="sm">
                <Group gap={4}><IconDownload size={16} aria-hidden />{t('downloadRejected')}</Group>
              </Anchor>
            </Group>
            <RejectedRows id={r.id} total={r.rejected} />
          </>
        ))}
      </Stack>
    </Paper>
  );
}
