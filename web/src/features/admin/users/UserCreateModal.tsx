import { useState, type FormEvent } from 'react';
import { Button, Group, Modal, PasswordInput, Stack, TextInput } from '@mantine/core';
import { api } from '../../../lib/api.ts';
import type { Role } from '../../../lib/session.ts';
import { useT } from '../../../lib/i18n.tsx';
import { commonMessages } from '../messages.ts';
import { keys } from '../shared/queries.ts';
import { FormError } from '../shared/ui.tsx';
import { useSave } from '../shared/useSave.ts';
import type { AdminUser } from '../types.ts';
import { userMessages } from './messages.ts';
import { generatePassword } from './password.ts';
import { RoleTeamFields } from './RoleTeamFields.tsx';

/** Creates a user with an initial password, which the caller shows once. */
export function UserCreateModal({ opened, onClose, onCreated }: { opened: boolean; onClose: () => void; onCreated: (user: AdminUser, password: string) => void }) {
  const t = useT(userMessages);
  const c = useT(commonMessages);
  const [username, setUsername] = useState('');
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('agent');
  const [team, setTeam] = useState<string | null>(null);
  const [password, setPassword] = useState(generatePassword);
  const save = useSave({
    mutationFn: () => api<AdminUser>('POST', '/api/users', {
      username: username.trim(), name: name.trim() || undefined, email: email.trim() || null, role,
      team: role === 'l2' && team ? Number(team) : null, password,
    }),
    invalidate: [keys.users],
    success: (user) => t('created', { name: user.username }),
    failure: null,
    onSuccess: (user) => {
      onCreated(user, password);
      setUsername(''); setName(''); setEmail(''); setTeam(null); setPassword(generatePassword());
      save.reset();
    },
  });
  const submit = (event: FormEvent) => { event.preventDefault(); save.mutate(undefined); };
  const errors = save.fieldErrors;
  return (
    <Modal closeButtonProps={{ 'aria-label': c('close') }} opened={opened} onClose={onClose} title={t('createTitle')} size="md">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <FormError error={save.error} />
          <TextInput label={t('username')} required autoComplete="off" value={username} onChange={(e) => setUsername(e.currentTarget.value)} error={errors.username} data-autofocus />
          <TextInput label={t('name')} value={name} onChange={(e) => setName(e.currentTarget.value)} error={errors.name} />
          <TextInput label={t('email')} type="email" value={email} onChange={(e) => setEmail(e.currentTarget.value)} error={errors.email} />
          <RoleTeamFields role={role} team={team} onRole={setRole} onTeam={setTeam} errors={errors} />
          <Group align="flex-end" wrap="nowrap">
            <PasswordInput style={{ flex: 1 }} visibilityToggleButtonProps={{ 'aria-label': t('showPassword') }} label={t('password')} description={t('passwordHint')} required autoComplete="new-password"
              value={password} onChange={(e) => setPassword(e.currentTarget.value)} error={errors.password} />
            <Button variant="default" onClick={() => setPassword(generatePassword())}>{t('generate')}</Button>
          </Group>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{c('cancel')}</Button>
            <Button type="submit" loading={save.isPending}>{c('save')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
