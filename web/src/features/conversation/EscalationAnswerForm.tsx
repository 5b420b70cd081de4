import { useState } from 'react';
import { Alert, Button, Group, Paper, Stack, Textarea } from '@mantine/core';
import { IconArrowBackUp, IconSend } from '@tabler/icons-react';
import type { Me } from '../../lib/session.ts';
import { useT } from '../../lib/i18n.tsx';
import { errorText, notifyDone } from './feedback.ts';
import { messages } from './messages.ts';
import { useTicketActions } from './queries.ts';
import type { TicketDetail } from './types.ts';
import type { Draft } from './useDraft.ts';

/** Layer 2's composer: answer the open escalation for Layer 1, or send it back with a question. */
export function EscalationAnswerForm({ ticket, me, draft }: { ticket: TicketDetail; me: Me; draft: Draft }) {
  const t = useT(messages);
  const { respond } = useTicketActions(ticket.id);
  const [outcome, setOutcome] = useState<'answer' | 'return'>('answer');
  const open = ticket.escalations.find((e) => e.status === 'open' && (me.role !== 'l2' || e.team_id === me.team?.id));
  if (!open) return <Alert color="gray" m="sm">{t('l2NoOpen')}</Alert>;
  const submit = (choice: 'answer' | 'return') => {
    if (!draft.text.trim() || respond.isPending) return;
    setOutcome(choice);
    respond.mutate({ outcome: choice, body: draft.text }, { onSuccess: () => { draft.setText(''); notifyDone(t('l2Done')); } });
  };
  return (
    <Paper withBorder radius={0} p="sm" bg="grape.0" style={{ borderLeft: 0, borderRight: 0, borderBottom: 0 }}>
      <Stack gap="xs">
        {respond.error && <Alert color="red" p="xs" role="alert">{errorText(respond.error)}</Alert>}
        <Textarea
          label={t('l2Title')} placeholder={t('l2Placeholder')} autosize minRows={3} maxRows={8} value={draft.text}
          onChange={(e) => draft.setText(e.currentTarget.value)} data-testid="l2-answer"
          onKeyDown={(e) => { if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); submit('answer'); } }}
        />
        <Group justify="flex-end" gap="xs">
          <Button size="sm" variant="default" leftSection={<IconArrowBackUp size={16} aria-hidden />} disabled={!draft.text.trim()} loading={respond.isPending && outcome === 'return'} onClick={() => submit('return')}>
            {t('l2Return')}
          </Button>
          <Button size="sm" color="grape" leftSection={<IconSend size={16} aria-hidden />} disabled={!draft.text.trim()} loading={respond.isPending && outcome === 'answer'} onClick={() => submit('answer')}>
            {t('l2Answer_action')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
