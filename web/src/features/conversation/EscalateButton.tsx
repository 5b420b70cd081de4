import { useState } from 'react';
import { Alert, Button, Group, Modal, Select, Stack, Textarea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconArrowUpRight } from '@tabler/icons-react';
import { ApiError } from '../../lib/api.ts';
import { useT } from '../../lib/i18n.tsx';
import { errorText, notifyDone } from './feedback.ts';
import { messages } from './messages.ts';
import { useTeams, useTicketActions } from './queries.ts';
import type { TicketDetail } from './types.ts';

/** Hands the ticket to a Layer 2 team with a note; the server refuses a second open escalation. */
export function EscalateButton({ ticket }: { ticket: TicketDetail }) {
  const t = useT(messages);
  const [opened, { open, close }] = useDisclosure(false);
  const teams = useTeams();
  const { escalate } = useTicketActions(ticket.id);
  const [team, setTeam] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const waiting = ticket.escalations.some((e) => e.status === 'open');
  const fieldError = (field: string) =>
    escalate.error instanceof ApiError ? escalate.error.details.find((d) => d.field === field)?.message : undefined;
  const submit = () => {
    if (!team || !note.trim()) return;
    escalate.mutate({ team, note }, {
      onSuccess: () => {
        notifyDone(t('escalated', { team: teams.data?.find((x) => x.code === team)?.name ?? team }));
        setNote('');
        close();
      },
    });
  };
  return (
    <>
      <Button size="xs" variant="light" color="grape" leftSection={<IconArrowUpRight size={16} aria-hidden />} onClick={open} disabled={waiting}>
        {t('escalate')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('escalateTitle')} size="lg">
        <Stack>
          {escalate.error && !fieldError('note') && <Alert color="red" role="alert">{errorText(escalate.error)}</Alert>}
          <Select
            label={t('team')} required searchable value={team} onChange={setTeam} data-autofocus
            data={(teams.data ?? []).filter((x) => x.active).map((x) => ({ value: x.code, label: `${x.name} — ${x.unit_name}` }))}
          />
          <Textarea
            label={t('escalationNoteLabel')} description={t('escalationNoteHint')} required autosize minRows={4} maxRows={10}
            value={note} onChange={(e) => setNote(e.currentTarget.value)} error={fieldError('note')}
            onKeyDown={(e) => { if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); submit(); } }}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>{t('cancel')}</Button>
            <Button color="grape" onClick={submit} loading={escalate.isPending} disabled={!team || !note.trim()}>{t('escalate')}</Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
