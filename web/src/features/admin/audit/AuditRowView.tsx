import { Badge, Button, Table, Text } from '@mantine/core';
import { formatDateTime } from '../../../lib/format.ts';
import { useT } from '../../../lib/i18n.tsx';
import type { AuditRow } from '../types.ts';
import { AuditChanges } from './AuditChanges.tsx';
import { auditMessages } from './messages.ts';

const COLUMNS = 6;

/** One audit entry, with its changes unfolded below it on demand. */
export function AuditRowView({ row, open, onToggle }: { row: AuditRow; open: boolean; onToggle: () => void }) {
  const t = useT(auditMessages);
  const hasData = row.before !== null || row.after !== null;
  return (
    <>
      <Table.Tr>
        <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(row.at)}</Table.Td>
        <Table.Td fw={600}>{row.actor}</Table.Td>
        <Table.Td><Badge variant="light" color={row.action.startsWith('auth.') ? 'gray' : 'blue'} tt="none">{row.action}</Badge></Table.Td>
        <Table.Td><Text size="sm" span>{row.entity}</Text>{row.entity_id && <Text size="sm" span c="dimmed" ff="monospace"> #{row.entity_id}</Text>}</Table.Td>
        <Table.Td ff="monospace" fz="xs">{row.ip ?? '—'}</Table.Td>
        <Table.Td>
          {hasData && <Button size="compact-xs" variant="subtle" onClick={onToggle} aria-expanded={open} aria-label={`${open ? t('hide') : t('show')} ${t('changes')} ${row.action}`}>{open ? t('hide') : t('show')}</Button>}
        </Table.Td>
      </Table.Tr>
      {open && (
        <Table.Tr>
          <Table.Td colSpan={COLUMNS} bg="gray.0"><AuditChanges before={row.before} after={row.after} /></Table.Td>
        </Table.Tr>
      )}
    </>
  );
}
