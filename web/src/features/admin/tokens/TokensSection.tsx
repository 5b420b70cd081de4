import { useState } from 'react';
import { SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { PageProps } from '../../../app/pages.tsx';
import { api, get, query } from '../../../lib/api.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { useT } from '../../../lib/i18n.tsx';
import { commonMessages } from '../messages.ts';
import { ConfirmButton } from '../shared/ConfirmButton.tsx';
import { keys, useUsers } from '../shared/queries.ts';
import { ShownOnce } from '../shared/ShownOnce.tsx';
import { ActiveTag, Loaded, Section, Tag } from '../shared/ui.tsx';
import { useSave } from '../shared/useSave.ts';
import type { ApiToken } from '../types.ts';
import { tokenMessages } from './messages.ts';
import { TokenCreateForm } from './TokenCreateForm.tsx';

/** /admin/tokens: the caller's API tokens, or (admin) everyone's; create (shown once) and revoke. */
export function TokensSection({ me }: PageProps) {
  const t = useT(tokenMessages);
  const c = useT(commonMessages);
  const isAdmin = me.role === 'admin';
  const [all, setAll] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);
  const tokens = useQuery({ queryKey: keys.tokens(all), queryFn: () => get<ApiToken[]>(`/api/tokens${query({ all: all || undefined })}`) });
  const users = useUsers();
  const ownerOf = (id: number) => users.data?.find((u) => u.id === id)?.username ?? `#${id}`;
  const revoke = useSave({
    mutationFn: (token: ApiToken) => api<ApiToken>('DELETE', `/api/tokens/${token.id}`),
    invalidate: [['admin', 'tokens']],
    success: (token) => t('revokeDone', { name: token.name }),
    failure: c('failed'),
  });
  return (
    <Section title={t('title')} description={t('description')}
      actions={isAdmin && <SegmentedControl aria-label={t('scope')} value={all ? 'all' : 'mine'} onChange={(v) => setAll(v === 'all')} data={[{ value: 'mine', label: t('mine') }, { value: 'all', label: t('all') }]} />}>
      <Stack gap="sm">
        <TokenCreateForm isAdmin={isAdmin} onCreated={setSecret} />
        <Loaded query={tokens}>
          {(list) => list.length === 0 ? <Text c="dimmed" size="sm">{t('none')}</Text> : (
            <Table.ScrollContainer minWidth={860}>
              <Table striped highlightOnHover fz="sm" verticalSpacing={6} aria-label={t('title')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('name')}</Table.Th><Table.Th>{t('prefix')}</Table.Th>{all && <Table.Th>{t('owner')}</Table.Th>}
                    <Table.Th>{t('created')}</Table.Th><Table.Th>{t('lastUsed')}</Table.Th><Table.Th>{t('status')}</Table.Th><Table.Th>{c('actions')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {list.toReversed().map((token) => (
                    <Table.Tr key={token.id}>
                      <Table.Td fw={600}>{token.name}</Table.Td>
                      <Table.Td><Text ff="monospace" size="sm">{token.prefix}…</Text></Table.Td>
                      {all && <Table.Td>{ownerOf(token.user_id)}</Table.Td>}
                      <Table.Td>{formatDateTime(token.created_at)}</Table.Td>
                      <Table.Td>{token.last_used_at ? formatDateTime(token.last_used_at) : t('never')}</Table.Td>
                      <Table.Td>{token.revoked_at ? <Tag color="gray" outline>{t('revokedOn', { date: formatDateTime(token.revoked_at) })}</Tag> : <ActiveTag active />}</Table.Td>
                      <Table.Td>
                        {!token.revoked_at && (
                          <ConfirmButton color="red" question={t('confirmRevoke', { name: token.name })} onConfirm={() => revoke.mutate(token)} aria-label={`${t('revoke')} ${token.name}`}>{t('revoke')}</ConfirmButton>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Loaded>
      </Stack>
      <ShownOnce title={t('secretTitle')} intro={t('secretIntro')} label={t('secretLabel')} secret={secret} onClose={() => setSecret(null)} />
    </Section>
  );
}
