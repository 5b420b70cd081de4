import { Button, Group, Select } from '@mantine/core';
import { IconUserCheck } from '@tabler/icons-react';
import type { Me } from '../../lib/session.ts';
import { useT } from '../../lib/i18n.tsx';
import { notifyError } from './feedback.ts';
import { messages } from './messages.ts';
import { useAssignees, useTicketActions } from './queries.ts';
import type { TicketDetail } from './types.ts';

const NONE = 'none';

/** Who works on the ticket: any active Layer 1 person (GET /api/assignees), or nobody; "Take it" for oneself. */
export function AssignSelect({ ticket, me }: { ticket: TicketDetail; me: Me }) {
  const t = useT(messages);
  const people = useAssignees(me.role);
  const { update } = useTicketActions(ticket.id);
  const assign = (value: string | null) => {
    const assignee_id = !value || value === NONE ? null : Number(value);
    if (assignee_id === (ticket.assignee?.id ?? null)) return;
    update.mutate({ assignee_id }, { onError: (e) => notifyError(t('saveFailedTitle'), e) });
  };
  const data = [
    { value: NONE, label: t('unassigned') },
    ...(people.data ?? []).map((p) => ({ value: String(p.id), label: `${p.name || p.username}${p.available ? ` · ${t('available')}` : ''}` })),
  ];
  // The current assignee stays selectable even before the list has loaded.
  if (ticket.assignee && !data.some((d) => d.value === String(ticket.assignee?.id))) data.push({ value: String(ticket.assignee.id), label: ticket.assignee.name });
  return (
    <Group gap={6} wrap="nowrap">
      <Select
        size="xs" w={190} searchable aria-label={t('assignTo')} placeholder={t('assignTo')} data={data}
        value={ticket.assignee ? String(ticket.assignee.id) : NONE} onChange={assign} disabled={update.isPending} allowDeselect={false}
        leftSection={<IconUserCheck size={14} aria-hidden />} comboboxProps={{ width: 240, position: 'bottom-end' }}
      />
      {ticket.assignee?.id !== me.id && (
        <Button size="xs" variant="light" onClick={() => assign(String(me.id))} loading={update.isPending}>{t('takeIt')}</Button>
      )}
    </Group>
  );
}
