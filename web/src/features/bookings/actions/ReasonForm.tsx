import { useState, type FormEvent } from 'react';
import { Button, Stack, Text, Textarea } from '@mantine/core';
import { useT } from '../../../lib/i18n.tsx';
import type { Booking } from '../api.ts';
import { ErrorNote, fieldError } from '../ErrorNote.tsx';
import { messages } from '../messages.ts';
import { useActionSubmit } from './useActionSubmit.ts';

/** Reject (a reason the requester reads, required) or cancel (reason optional). */
export function ReasonForm({ booking, action, onDone }: { booking: Booking; action: 'reject' | 'cancel'; onDone: () => void }) {
  const t = useT(messages);
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const { submit, pending, error } = useActionSubmit(booking, action, onDone);
  const required = action === 'reject';
  const tooShort = required && reason.trim().length < 3;
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (tooShort) return;
    submit({ reason: reason.trim() || null });
  };
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">{t(required ? 'rejectHint' : 'cancelHint')}</Text>
        <Textarea
          label={required ? t('reason') : t('cancelReason')} required={required} autosize minRows={3} maxLength={2000}
          value={reason} onChange={(e) => setReason(e.currentTarget.value)} autoFocus
          error={(tried && tooShort ? t('reasonRequired') : undefined) ?? fieldError(error, 'reason')}
        />
        <ErrorNote error={error} shownFields={['reason']} />
        <Button type="submit" color={required ? 'red' : 'gray'} loading={pending}>{t(required ? 'submitReject' : 'submitCancel')}</Button>
      </Stack>
    </form>
  );
}
