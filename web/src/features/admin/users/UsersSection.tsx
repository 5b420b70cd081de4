import { useState } from 'react';
import { Badge, Button, Group, Select, Table, Text, TextInput } from '@mantine/core';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import type { PageProps } from '../../../app/pages.tsx';
import type { Role } from '../../../lib/session.ts';
import { useT } from '../../../lib/i18n.tsx';
import { adminMessages, commonMessages } from '../messages.ts';
import { useUsers } from '../shared/queries.ts';
import { ShownOnce } from '../shared/ShownOnce.tsx';
import { Loaded, Section } from '../shared/ui.tsx';
import type { AdminUser } from '../types.ts';
import { userMessages } from './messages.ts';
import { ROLES } from './RoleTeamFields.tsx';
import { UserCreateModal } from './UserCreateModal.tsx';
import { UserEditModal } from './UserEditModal.tsx';
import { UserRow } from './UserRow.tsx';

const matches = (user: AdminUser, text: string, role: Role | null): boolean => {
  if (role && user.role !== role) return false;
  const needle = text.trim().toLowerCase();
  return !needle || [user.username, user.name, user.email ?? '', user.team?.code ?? '', user.team?.name ?? ''].some((v) => v.toLowerCase().includes(needle));
};

/** /admin/users: every account; admins add, edit and deactivate, supervisors read. */
export function UsersSection({ me }: PageProps) {
  const t = useT(userMessages);
  const a = useT(adminMessages);
  const c = useT(commonMessages);
  const users = useUsers();
  const isAdmin = me.role === 'admin';
  const [text, setText] = useState('');
  const [role, setRole] = useState<Role | null>(null);
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<AdminUser | null>(null);
  const [secret, setSecret] = useState<{ user: AdminUser; password: string } | null>(null);
  const showPassword = (user: AdminUser, password: string) => { setCreating(false); setSecret({ user, password }); };
  return (
    <Section title={t('title')} description={isAdmin ? t('description') : a('readOnly')}
      actions={isAdmin && <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setCreating(true)}>{t('add')}</Button>}>
      <Group gap="sm">
        <TextInput aria-label={t('filter')} placeholder={t('filter')} leftSection={<IconSearch size={16} aria-hidden />} value={text} onChange={(e) => setText(e.currentTarget.value)} w={280} />
        <Select aria-label={t('roleFilter')} placeholder={t('allRoles')} clearable value={role} onChange={(v) => setRole(v)} data={ROLES.map((r) => ({ value: r, label: t(r) }))} w={200} />
      </Group>
      <Loaded query={users}>
        {(list) => {
          const shown = list.filter((u) => matches(u, text, role));
          return (
            <>
              <Table.ScrollContainer minWidth={900}>
                <Table striped highlightOnHover verticalSpacing={6} fz="sm" aria-label={t('title')}>
                  <Table.Thead style={{ whiteSpace: 'nowrap' }}>
                    <Table.Tr>
                      <Table.Th>{t('username')}</Table.Th><Table.Th>{t('nameEmail')}</Table.Th><Table.Th>{t('role')}</Table.Th>
                      <Table.Th>{t('team')}</Table.Th><Table.Th>{t('status')}</Table.Th>
                      <Table.Th>{t('lastLogin')}</Table.Th>{isAdmin && <Table.Th>{c('actions')}</Table.Th>}
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {shown.map((user) => <UserRow key={user.id} user={user} editable={isAdmin} isMe={user.id === me.id} onEdit={() => setEditing(user)} />)}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
              {shown.length === 0 ? <Text c="dimmed" size="sm">{t('noMatch')}</Text> : <Badge variant="light" color="gray">{t('count', { n: shown.length })}</Badge>}
            </>
          );
        }}
      </Loaded>
      {isAdmin && <UserCreateModal opened={creating} onClose={() => setCreating(false)} onCreated={showPassword} />}
      {editing && <UserEditModal key={editing.id} user={editing} onClose={() => setEditing(null)} onPasswordSet={showPassword} />}
      <ShownOnce title={t('passwordTitle', { name: secret?.user.username ?? '' })} intro={t('passwordIntro')} label={t('password')}
        secret={secret?.password ?? null} onClose={() => setSecret(null)} />
    </Section>
  );
}
