import { useState } from 'react';
import { Autocomplete, Badge, Button, Group, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useInfiniteQuery } from '@tanstack/react-query';
import { get, query } from '../../../lib/api.ts';
import { useT } from '../../../lib/i18n.tsx';
import { useUsers } from '../shared/queries.ts';
import { Loaded, Section } from '../shared/ui.tsx';
import type { AuditRow } from '../types.ts';
import { AuditRowView } from './AuditRowView.tsx';
import { auditMessages } from './messages.ts';

const PAGE = 50;
const ENTITIES = ['user', 'api_token', 'team', 'unit', 'topic', 'user_category', 'region', 'holiday', 'setting', 'settings', 'phone_extension',
  'ticket', 'escalation', 'contact', 'call', 'canned_response', 'kb_article', 'chatbot_flow', 'broadcast', 'opt_out', 'booking', 'import_run', 'outreach_month', 'report_note'];

/** /admin/audit: the audit log, filtered by object type, object id and actor, paged with before_id (admin). */
export function AuditSection() {
  const t = useT(auditMessages);
  const users = useUsers();
  const [entity, setEntity] = useState('');
  const [entityId, setEntityId] = useState('');
  const [actor, setActor] = useState('');
  const [filters] = useDebouncedValue({ entity: entity.trim(), entity_id: entityId.trim(), actor: actor.trim() }, 300);
  const [open, setOpen] = useState<number | null>(null);
  const log = useInfiniteQuery({
    queryKey: ['admin', 'audit', filters],
    queryFn: ({ pageParam }) => get<AuditRow[]>(`/api/audit${query({ ...filters, limit: PAGE, before_id: pageParam })}`),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (last) => (last.length === PAGE ? last[last.length - 1]?.id : undefined),
  });
  const actors = ['system', 'cli', ...(users.data ?? []).map((u) => u.username)];
  return (
    <Section title={t('title')} description={t('description')}>
      <Group gap="sm" align="flex-end" role="search" aria-label={t('filters')}>
        <Autocomplete label={t('entity')} placeholder={t('any')} data={ENTITIES} value={entity} onChange={setEntity} w={200} />
        <TextInput label={t('entityId')} placeholder={t('any')} value={entityId} onChange={(e) => setEntityId(e.currentTarget.value)} w={140} />
        <Autocomplete label={t('actor')} placeholder={t('any')} data={actors} value={actor} onChange={setActor} w={220} />
        <Button variant="subtle" disabled={!entity && !entityId && !actor} onClick={() => { setEntity(''); setEntityId(''); setActor(''); }}>{t('reset')}</Button>
      </Group>
      <Loaded query={{ ...log, data: log.data?.pages.flat() }}>
        {(rows) => rows.length === 0 ? <Text c="dimmed" size="sm">{t('none')}</Text> : (
          <>
            <Table.ScrollContainer minWidth={860}>
              <Table striped highlightOnHover fz="sm" verticalSpacing={4} aria-label={t('title')}>
                <Table.Thead>
                  <Table.Tr><Table.Th>{t('at')}</Table.Th><Table.Th>{t('who')}</Table.Th><Table.Th>{t('action')}</Table.Th><Table.Th>{t('object')}</Table.Th><Table.Th>{t('ip')}</Table.Th><Table.Th>{t('changes')}</Table.Th></Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((row) => <AuditRowView key={row.id} row={row} open={open === row.id} onToggle={() => setOpen(open === row.id ? null : row.id)} />)}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <Group justify="space-between">
              <Badge variant="light" color="gray">{t('shown', { n: rows.length })}</Badge>
              {log.hasNextPage && <Button variant="light" loading={log.isFetchingNextPage} onClick={() => void log.fetchNextPage()}>{t('more')}</Button>}
            </Group>
          </>
        )}
      </Loaded>
    </Section>
  );
}
