import { useState } from 'react';
import { Button, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import type { QueryKey } from '@tanstack/react-query';
import { useT } from '../../../lib/i18n.tsx';
import { commonMessages } from '../messages.ts';
import { ActiveTag, Loaded, Section } from '../shared/ui.tsx';
import { CodeRowModal } from './CodeRowModal.tsx';
import type { CodeRow, FieldDef } from './fields.ts';

const textOf = (value: unknown): string => (typeof value === 'string' || typeof value === 'number' ? String(value) : '');

function Cell({ field, value }: { field: FieldDef; value: unknown }) {
  if (field.kind === 'switch') return <ActiveTag active={Boolean(value)} />;
  if (field.kind === 'select') return <>{field.options?.find((o) => o.value === value)?.label ?? textOf(value)}</>;
  if (field.kind === 'textarea') return <Text size="sm" lineClamp={2} maw={380}>{textOf(value) || '—'}</Text>;
  return <>{textOf(value)}</>;
}

/** A list of a code table (topics, user categories, units) with add and edit for admins. */
export function CodeTableEditor({ title, description, path, queryKey, query, fields, editable, addLabel }: {
  title: string; description: string; path: string; queryKey: QueryKey; query: { isPending: boolean; error: unknown; data: CodeRow[] | undefined }; fields: FieldDef[]; editable: boolean; addLabel: string;
}) {
  const c = useT(commonMessages);
  const [editing, setEditing] = useState<CodeRow | 'new' | null>(null);
  return (
    <Section title={title} description={description}
      actions={editable && <Button size="sm" variant="light" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing('new')}>{addLabel}</Button>}>
      <Loaded query={query}>
        {(rows) => rows.length === 0 ? <Text c="dimmed" size="sm">{c('empty')}</Text> : (
          <Table.ScrollContainer minWidth={600}>
            <Table striped highlightOnHover fz="sm" verticalSpacing={5} aria-label={title}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{c('code')}</Table.Th>
                  {fields.map((f) => <Table.Th key={f.key}>{f.label}</Table.Th>)}
                  {editable && <Table.Th>{c('actions')}</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((row) => (
                  <Table.Tr key={row.code}>
                    <Table.Td><Text size="sm" fw={600} ff="monospace">{row.code}</Text></Table.Td>
                    {fields.map((f) => <Table.Td key={f.key}><Cell field={f} value={row[f.key]} /></Table.Td>)}
                    {editable && <Table.Td><Button size="xs" variant="subtle" onClick={() => setEditing(row)} aria-label={`${c('edit')} ${row.code}`}>{c('edit')}</Button></Table.Td>}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Loaded>
      {editing && (
        <CodeRowModal key={editing === 'new' ? 'new' : editing.code} path={path} queryKey={queryKey} fields={fields}
          row={editing === 'new' ? null : editing} title={editing === 'new' ? addLabel : `${c('edit')} ${editing.code}`} onClose={() => setEditing(null)} />
      )}
    </Section>
  );
}
