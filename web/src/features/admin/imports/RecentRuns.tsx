import { Paper, Table, Text, Title, UnstyledButton } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { get } from '../../../lib/api.ts';
import { formatDateTime, formatNumber } from '../../../lib/format.ts';
import { useT } from '../../../lib/i18n.tsx';
import { runKeys, type ImportKind, type ImportRun } from './kinds.ts';
import { importMessages } from './messages.ts';
import { StatusBadge } from './StatusBadge.tsx';

/** GET /api/imports: the latest runs, newest first; a running one is refreshed until it ends. */
export function RecentRuns({ selected, onOpen }: { selected: number | null; onOpen: (id: number) => void }) {
  const t = useT(importMessages);
  const runs = useQuery({
    queryKey: runKeys.list,
    queryFn: () => get<ImportRun[]>('/api/imports?limit=20'),
    refetchInterval: (query) => (query.state.data?.some((r) => r.status === 'running') ? 2000 : false),
  });
  return (
    <Paper withBorder p="md">
      <Title order={3} size="h5" mb="xs">{t('recent')}</Title>
      {runs.data?.length === 0 && <Text size="sm" c="dimmed">{t('noRuns')}</Text>}
      {runs.isError && <Text size="sm" c="red">{runs.error.message}</Text>}
      {!!runs.data?.length && (
        <Table.ScrollContainer minWidth={420} maxHeight={300}>
          <Table highlightOnHover fz="sm" verticalSpacing={4} stickyHeader>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('fileName')}</Table.Th>
                <Table.Th w={124}>{t('status')}</Table.Th>
                <Table.Th ta="right" w={70}>{t('read')}</Table.Th>
                <Table.Th ta="right" w={80}>{t('rejected')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {runs.data.map((run) => (
                <Table.Tr key={run.id} bg={run.id === selected ? 'var(--mantine-color-blue-light)' : undefined}>
                  <Table.Td>
                    <UnstyledButton onClick={() => onOpen(run.id)} aria-current={run.id === selected || undefined}>
                      <Text size="sm" fw={500} c="blue.8" lineClamp={1}>{run.filename}</Text>
                      <Text size="xs" c="dimmed">{t(`kind_${run.kind as ImportKind}`)} · {formatDateTime(run.started_at)}</Text>
                    </UnstyledButton>
                  </Table.Td>
                  <Table.Td><StatusBadge status={run.status} /></Table.Td>
                  <Table.Td ta="right">{formatNumber(run.read)}</Table.Td>
                  <Table.Td ta="right" c={run.rejected ? 'red.8' : undefined}>{formatNumber(run.rejected)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
