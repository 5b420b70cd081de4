import { useState, type FormEvent } from 'react';
import { Button, Group, Paper, Select, TextInput } from '@mantine/core';
import { api } from '../../../lib/api.ts';
import { useT } from '../../../lib/i18n.tsx';
import { useUsers } from '../shared/queries.ts';
import { FormError } from '../shared/ui.tsx';
import { useSave } from '../shared/useSave.ts';
import type { ApiToken } from '../types.ts';
import { tokenMessages } from './messages.ts';

/** Names a new token (an admin may make one for another user); the secret goes to onCreated. */
export function TokenCreateForm({ isAdmin, onCreated }: { isAdmin: boolean; onCreated: (token: string) => void }) {
  const t = useT(tokenMessages);
  const users = useUsers();
  const [name, setName] = useState('');
  const [owner, setOwner] = useState<string | null>(null);
  const save = useSave({
    mutationFn: () => api<ApiToken & { token: string }>('POST', '/api/tokens', { name: name.trim(), ...(owner ? { user_id: Number(owner) } : {}) }),
    invalidate: [['admin', 'tokens']],
    success: (created) => t('createDone', { name: created.name }),
    failure: null,
    onSuccess: (created) => { setName(''); setOwner(null); onCreated(created.token); },
  });
  const submit = (event: FormEvent) => { event.preventDefault(); save.mutate(undefined); };
  const ownerOptions = (users.data ?? []).filter((u) => u.active).map((u) => ({ value: String(u.id), label: `${u.username} · ${u.name}` }));
  return (
    <Paper withBorder p="sm" component="form" onSubmit={submit} noValidate aria-label={t('newToken')}>
      <FormError error={save.error} />
      <Group align="flex-start" gap="sm" mt={save.error ? 'sm' : 0}>
        <TextInput label={t('name')} description={t('nameHint')} required value={name} onChange={(e) => setName(e.currentTarget.value)} error={save.fieldErrors.name} w={340} />
        {isAdmin && (
          <Select label={t('owner')} description={t('ownerHint')} searchable clearable value={owner} onChange={setOwner} data={ownerOptions} error={save.fieldErrors.user_id} w={300} />
        )}
        <Button type="submit" mt={42} loading={save.isPending}>{t('create')}</Button>
      </Group>
    </Paper>
  );
}
