import { Code, Table, Text } from '@mantine/core';
import { useT } from '../../../lib/i18n.tsx';
import { auditMessages } from './messages.ts';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const show = (v: unknown): string => (v === undefined ? '—' : typeof v === 'string' ? v : JSON.stringify(v));

/** The fields an audited change touched: before and after side by side (all fields when one side is missing). */
export function AuditChanges({ before, after }: { before: unknown; after: unknown }) {
  const t = useT(auditMessages);
  if (before === null && after === null) return <Text size="sm" c="dimmed">{t('noChanges')}</Text>;
  if (!isRecord(before ?? {}) || !isRecord(after ?? {})) {
    return <Table fz="xs"><Table.Tbody><Table.Tr><Table.Th>{t('before')}</Table.Th><Table.Td><Code>{show(before)}</Code></Table.Td></Table.Tr><Table.Tr><Table.Th>{t('after')}</Table.Th><Table.Td><Code>{show(after)}</Code></Table.Td></Table.Tr></Table.Tbody></Table>;
  }
  const b = (before ?? {}) as Record<string, unknown>;
  const a = (after ?? {}) as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  const changed = before && after ? keys.filter((k) => JSON.stringify(b[k]) !== JSON.stringify(a[k])) : keys;
  if (changed.length === 0) return <Text size="sm" c="dimmed">{t('noChanges')}</Text>;
  return (
    <Table fz="xs" verticalSpacing={2} withTableBorder aria-label={t('changes')}>
      <Table.Thead><Table.Tr><Table.Th>{t('field')}</Table.Th><Table.Th>{t('before')}</Table.Th><Table.Th>{t('after')}</Table.Th></Table.Tr></Table.Thead>
      <Table.Tbody>
        {changed.map((key) => (
          <Table.Tr key={key}>
            <Table.Td ff="monospace">{key}</Table.Td>
            <Table.Td c="red.8" style={{ wordBreak: 'break-word' }}>{before ? show(b[key]) : '—'}</Table.Td>
            <Table.Td c="green.9" style={{ wordBreak: 'break-word' }}>{after ? show(a[key]) : '—'}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
