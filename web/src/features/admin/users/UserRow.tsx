import { Button, Group, Table, Text } from '@mantine/core';
import { api } from '../../../lib/api.ts';
import { formatDateTime } from '../../../lib/format.ts';
import type { Role } from '../../../lib/session.ts';
import { useT } from '../../../lib/i18n.tsx';
import { commonMessages } from '../messages.ts';
import { ConfirmButton } from '../shared/ConfirmButton.tsx';
import { keys } from '../shared/queries.ts';
import { ActiveTag, Tag } from '../shared/ui.tsx';
import { useSave } from '../shared/useSave.ts';
import type { AdminUser } from '../types.ts';
import { userMessages } from './messages.ts';

const ROLE_COLOR: Record<Role, string> = { admin: 'red', supervisor: 'violet', agent: 'blue', l2: 'teal' };

/** One user in the table, with edit and (de)activate for admins. */
export function UserRow({ user, editable, isMe, onEdit }: { user: AdminUser; editable: boolean; isMe: boolean; onEdit: () => void }) {
  const t = useT(userMessages);
  const c = useT(commonMessages);
  const toggle = useSave({
    mutationFn: (active: boolean) => api<AdminUser>('PATCH', `/api/users/${user.id}`, { active }),
    invalidate: [keys.users],
    success: (saved) => t(saved.active ? 'activated' : 'deactivated', { name: saved.username }),
    failure: c('failed'),
  });
  return (
    <Table.Tr>
      <Table.Td><Text size="sm" fw={600}>{user.username}</Text></Table.Td>
      <Table.Td>
        <Text size="sm" lh={1.3}>{user.name}</Text>
        {user.email && <Text size="xs" c="dimmed" truncate maw={260}>{user.email}</Text>}
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}><Tag color={ROLE_COLOR[user.role]}>{t(user.role)}</Tag></Table.Td>
      <Table.Td>{user.team ? <abbr title={user.team.name} style={{ textDecoration: 'none' }}>{user.team.code}</abbr> : '—'}</Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        {user.active && !user.can_login ? <Tag color="yellow">{t('noPassword')}</Tag> : <ActiveTag active={user.active} />}
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{user.last_login_at ? formatDateTime(user.last_login_at) : <Text span c="dimmed" size="sm">{t('never')}</Text>}</Table.Td>
      {editable && (
        <Table.Td>
          <Group gap={4} wrap="nowrap">
            <Button size="xs" variant="subtle" onClick={onEdit} aria-label={`${c('edit')} ${user.username}`}>{c('edit')}</Button>
            {user.active
              ? <ConfirmButton color="red" disabled={isMe} loading={toggle.isPending} question={t('confirmDeactivate', { name: user.username })} onConfirm={() => toggle.mutate(false)} aria-label={`${t('deactivate')} ${user.username}`}>{t('deactivate')}</ConfirmButton>
              : <Button size="xs" variant="subtle" color="green" loading={toggle.isPending} onClick={() => toggle.mutate(true)} aria-label={`${t('activate')} ${user.username}`}>{t('activate')}</Button>}
          </Group>
        </Table.Td>
      )}
    </Table.Tr>
  );
}
