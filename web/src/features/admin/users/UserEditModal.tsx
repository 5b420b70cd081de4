import { useState, type FormEvent } from 'react';
import { Button, Group, Modal, PasswordInput, Stack, Switch, TextInput } from '@mantine/core';
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

/** Changes a user's name, email, role, team, active flag and (optionally) password. Mount it with key={user.id}. */
export function UserEditModal({ user, onClose, onPasswordSet }: { user: AdminUser; onClose: () => void; onPasswordSet: (user: AdminUser, password: string) => void }) {
  const t = useT(userMessages);
  const c = useT(commonMessages);
  const [name, setName] = useState(user.name);
  const [email, setEmail] = useState(user.email ?? '');
  const [role, setRole] = useState<Role>(user.role);
  const [team, setTeam] = useState<string | null>(user.team ? String(user.team.id) : null);
  const [active, setActive] = useState(user.active);
  const [password, setPassword] = useState('');
  const save = useSave({
    mutationFn: () => api<AdminUser>('PATCH', `/api/users/${user.id}`, {
      name: name.trim(), email: email.trim() || null, role, active,
      ...(role === 'l2' ? { team: team ? Number(team) : null } : {}),
      ...(password ? { password } : {}),
    }),
    invalidate: [keys.users],
    success: (saved) => t('updated', { name: saved.username }),
    failure: null,
    onSuccess: (saved) => {
      onClose();
      if (password) onPasswordSet(saved, password);
    },
  });
  const submit = (event: FormEvent) => { event.preventDefault(); save.mutate(undefined); };
  const errors = save.fieldErrors;
  return (
    <Modal closeButtonProps={{ 'aria-label': c('close') }} opened onClose={onClose} title={t('editTitle', { name: user.username })} size="md">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <FormError error={save.error} />
          <TextInput label={t('name')} required value={name} onChange={(e) => setName(e.currentTarget.value)} error={errors.name} data-autofocus />
          <TextInput label={t('email')} type="email" value={email} onChange={(e) => setEmail(e.currentTarget.value)} error={errors.email} />
          <RoleTeamFields role={role} team={team} onRole={setRole} onTeam={setTeam} errors={errors} />
          <Switch label={t('activeSwitch')} checked={active} onChange={(e) => setActive(e.currentTarget.checked)} error={errors.active} />
          <Group align="flex-end" wrap="nowrap">
            <PasswordInput style={{ flex: 1 }} visibilityToggleButtonProps={{ 'aria-label': t('showPassword') }} label={t('newPassword')} description={t('newPasswordHint')} autoComplete="new-password"
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
