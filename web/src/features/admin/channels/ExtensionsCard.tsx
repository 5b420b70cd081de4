import { useState, type FormEvent } from 'react';
import { Button, Group, Paper, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { api, get } from '../../../lib/api.ts';
import { useT } from '../../../lib/i18n.tsx';
import { commonMessages } from '../messages.ts';
import { ConfirmButton } from '../shared/ConfirmButton.tsx';
import { useUsers } from '../shared/queries.ts';
import { FormError, Loaded, Section } from '../shared/ui.tsx';
import { useSave } from '../shared/useSave.ts';
import type { PhoneExtension } from '../types.ts';
import { channelMessages } from './messages.ts';

const KEY = ['admin', 'phone-extensions'];

/** Which PBX extension is whose desk phone (admins assign and remove). */
export function ExtensionsCard({ editable }: { editable: boolean }) {
  const t = useT(channelMessages);
  const c = useT(commonMessages);
  const extensions = useQuery({ queryKey: KEY, queryFn: () => get<PhoneExtension[]>('/api/phone/extensions') });
  const users = useUsers();
  const [extension, setExtension] = useState('');
  const [userId, setUserId] = useState<string | null>(null);
  const assign = useSave({
    mutationFn: () => api<PhoneExtension>('PUT', `/api/phone/extensions/${encodeURIComponent(extension.trim())}`, { user_id: Number(userId) }),
    invalidate: [KEY],
    success: (saved) => t('extensionSaved', { ext: saved.extension, name: saved.name }),
    failure: null,
    onSuccess: () => { setExtension(''); setUserId(null); },
  });
  const remove = useSave({
    mutationFn: (ext: string) => api('DELETE', `/api/phone/extensions/${encodeURIComponent(ext)}`),
    invalidate: [KEY],
    success: (_r, ext) => t('extensionRemoved', { ext }),
    failure: c('failed'),
  });
  const people = (users.data ?? []).filter((u) => u.active && u.role !== 'l2').map((u) => ({ value: String(u.id), label: `${u.name} (${u.username})` }));
  const submit = (event: FormEvent) => { event.preventDefault(); assign.mutate(undefined); };
  return (
    <Section title={t('extensions')} description={t('extensionsHint')}>
      <Paper withBorder p="md">
        <Stack gap="sm">
          {editable && (
            <form onSubmit={submit} noValidate aria-label={t('assignExtension')}>
              <FormError error={assign.error} />
              <Group align="flex-start" gap="sm" mt={assign.error ? 'sm' : 0}>
                <TextInput label={t('extension')} required w={120} value={extension} onChange={(e) => setExtension(e.currentTarget.value)} error={assign.fieldErrors.extension} />
                <Select label={t('agent')} required searchable data={people} value={userId} onChange={setUserId} error={assign.fieldErrors.user_id} style={{ flex: 1 }} />
                <Button type="submit" mt={25} loading={assign.isPending}>{t('assignExtension')}</Button>
              </Group>
            </form>
          )}
          <Loaded query={extensions}>
            {(list) => list.length === 0 ? <Text size="sm" c="dimmed">{t('noExtensions')}</Text> : (
              <Table fz="sm" verticalSpacing={4} aria-label={t('extensions')}>
                <Table.Thead><Table.Tr><Table.Th>{t('extension')}</Table.Th><Table.Th>{t('agent')}</Table.Th>{editable && <Table.Th>{c('actions')}</Table.Th>}</Table.Tr></Table.Thead>
                <Table.Tbody>
                  {list.map((row) => (
                    <Table.Tr key={row.extension}>
                      <Table.Td ff="monospace">{row.extension}</Table.Td>
                      <Table.Td>{row.name} <Text span size="xs" c="dimmed">({row.username})</Text></Table.Td>
                      {editable && <Table.Td><ConfirmButton color="red" question={t('confirmRemoveExtension', { ext: row.extension })} onConfirm={() => remove.mutate(row.extension)} aria-label={`${c('delete')} ${row.extension}`}>{c('delete')}</ConfirmButton></Table.Td>}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </Loaded>
        </Stack>
      </Paper>
    </Section>
  );
}
