import { useState, type FormEvent } from 'react';
import { Button, Group, Paper, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError, api } from '../../lib/api.ts';
import type { Layer2T } from './messages.ts';

type Outcome = 'answer' | 'return';

/**
 * Layer 2's answer (POST /api/tickets/:id/escalations/answer) or its question back to Layer 1
 * (.../return): an internal message for the L1 agent, who replies to the requester.
 */
export function EscalationAnswer({ ticketId, t }: { ticketId: number; t: Layer2T }) {
  const client = useQueryClient();
  const [body, setBody] = useState('');
  const respond = useMutation({
    mutationFn: (outcome: Outcome) => api('POST', `/api/tickets/${ticketId}/escalations/${outcome}`, { body: body.trim() }),
    onSuccess: async (_result, outcome) => {
      setBody('');
      notifications.show({ color: 'green', message: outcome === 'answer' ? t('sent') : t('sentBack') });
      // The ticket, its conversation, the queue and the score all changed.
      await client.invalidateQueries();
    },
  });
  const error = respond.error instanceof ApiError ? (respond.error.details.find((d) => d.field === 'body')?.message ?? respond.error.message) : respond.error?.message;
  const submit = (event: FormEvent, outcome: Outcome = 'answer') => {
    event.preventDefault();
    respond.mutate(outcome);
  };
  return (
    <Paper withBorder p="sm" radius="md" component="form" onSubmit={(e: FormEvent) => submit(e)} aria-labelledby="l2-answer-title">
      <Title order={2} size="h5" id="l2-answer-title">{t('answerTitle')}</Title>
      <Text size="xs" c="dimmed" mb="xs">{t('answerHint')}</Text>
      <Textarea label={t('answerLabel')} autosize minRows={5} maxRows={14} maxLength={20_000} value={body} onChange={(e) => setBody(e.currentTarget.value)} error={error} required />
      <Group mt="sm" gap="xs">
        <Button type="submit" loading={respond.isPending && respond.variables === 'answer'} disabled={!body.trim()}>{t('send')}</Button>
        <Button variant="default" loading={respond.isPending && respond.variables === 'return'} disabled={!body.trim()} onClick={(e) => submit(e, 'return')}>{t('sendBack')}</Button>
      </Group>
    </Paper>
  );
}
