import { Alert, Loader, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { formatNumber } from '../../../lib/format.ts';
import { useT } from '../../../lib/i18n.tsx';
import { rejectedRowsOf } from './csv.ts';
import { importMessages } from './messages.ts';

const SHOWN = 25;

/** The first rejected rows with where and why, read from the run's rejected.csv. */
export function RejectedRows({ id, total }: { id: number; total: number }) {
  const t = useT(importMessages);
  const rows = useQuery({
    queryKey: ['imports', 'runs', id, 'rejected'],
    queryFn: async () => {
      const response = await fetch(`/api/imports/${id}/rejected.csv`, { credentials: 'same-origin' });
      if (!response.ok) throw new Error(response.statusText);
      return rejectedRowsOf(await response.text());
    },
    staleTime: Infinity,
  });
  if (rows.isPending) return <Loader size="xs" aria-label={t('loading')} />;
  if (rows.isError) return <Alert color="red" p="xs">{rows.error.message}</Alert>;
  const shown = rows.data.slice(0, SHOWN);
  const withId = shown.some((row) => row.id !== undefined);
  return (
    <Table.ScrollContainer minWidth={520} maxHeight={320}>
        <Table striped highlightOnHover stickyHeader fz="sm" verticalSpacing={4}>
          <Table.Caption>{shown.length < total ? t('firstRejected', { shown: formatNumber(shown.length), total: formatNumber(total) }) : t('allRejected', { total: formatNumber(total) })}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('line')}</Table.Th>
              {withId && <Table.Th>{t('rowId')}</Table.Th>}
              <Table.Th>{t('column')}</Table.Th>
              <Table.Th>{t('value')}</Table.Th>
              <Table.Th>{t('reason')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((row, i) => (
              <Table.Tr key={i}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{row.line}</Table.Td>
                {withId && <Table.Td style={{ whiteSpace: 'nowrap' }}>{row.id}</Table.Td>}
                <Table.Td style={{ whiteSpace: 'nowrap' }}><Text span ff="monospace" size="sm">{row.column}</Text></Table.Td>
                <Table.Td style={{ maxWidth: 160, overflowWrap: 'anywhere' }}>{row.value}</Table.Td>
                <Table.Td>{row.reason}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
    </Table.ScrollContainer>
  );
}
