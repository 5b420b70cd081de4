import { useState, type FormEvent } from 'react';
import { Button, Group, Modal, Select, Stack, Switch, TextInput } from '@mantine/core';
import { api } from '../../../lib/api.ts';
import { useT } from '../../../lib/i18n.tsx';
import { commonMessages } from '../messages.ts';
import { keys, useUnits } from '../shared/queries.ts';
import { FormError } from '../shared/ui.tsx';
import { useSave } from '../shared/useSave.ts';
import type { Team } from '../types.ts';
import { directoryMessages } from './messages.ts';

/** Adds (team null) or edits a Layer 2 team: code, name, unit, active. */
export function TeamModal({ team, onClose }: { team: Team | null; onClose: () => void }) {
  const t = useT(directoryMessages);
  const c = useT(commonMessages);
  const units = useUnits();
  const [code, setCode] = useState(team?.code ?? '');
  const [name, setName] = useState(team?.name ?? '');
  const [unit, setUnit] = useState<string | null>(team?.unit_code ?? null);
  const [active, setActive] = useState(team?.active ?? true);
  const save = useSave({
    mutationFn: () => {
      const body = { code: code.trim(), name: name.trim(), unit_code: unit ?? '' };
      return team ? api<Team>('PATCH', `/api/teams/${team.id}`, { ...body, active }) : api<Team>('POST', '/api/teams', body);
    },
    invalidate: [keys.teams, keys.users, keys.reviewers],
    success: (saved) => t('teamSaved', { code: saved.code }),
    failure: null,
    onSuccess: onClose,
  });
  const submit = (event: FormEvent) => { event.preventDefault(); save.mutate(undefined); };
  const errors = save.fieldErrors;
  return (
    <Modal closeButtonProps={{ 'aria-label': c('close') }} opened onClose={onClose} title={team ? t('editTeam', { code: team.code }) : t('addTeam')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <FormError error={save.error} />
          <TextInput label={c('code')} required value={code} onChange={(e) => setCode(e.currentTarget.value)} error={errors.code} data-autofocus />
          <TextInput label={t('teamName')} required value={name} onChange={(e) => setName(e.currentTarget.value)} error={errors.name} />
          <Select label={t('unit')} required searchable allowDeselect={false} value={unit} onChange={setUnit} error={errors.unit_code}
            data={(units.data ?? []).map((u) => ({ value: u.code, label: `${u.code} · ${u.name}` }))} />
          {team && <Switch label={t('activeField')} checked={active} onChange={(e) => setActive(e.currentTarget.checked)} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{c('cancel')}</Button>
            <Button type="submit" loading={save.isPending}>{c('save')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
