import { useState, type FormEvent } from 'react';
import { Alert, Button, Chip, Group, Loader, Select, Stack, Text, TextInput } from '@mantine/core';
import { useT } from '../../../lib/i18n.tsx';
import { useOpenSlots, type Booking } from '../api.ts';
import { ErrorNote, fieldError } from '../ErrorNote.tsx';
import { slotTime } from '../format.ts';
import { messages } from '../messages.ts';
import { isHttpsLink, useActionSubmit } from './useActionSubmit.ts';

/** Move to an open slot (GET /api/bookings/slots); the server checks the rules and the slot again. */
export function RescheduleForm({ booking, onDone }: { booking: Booking; onDone: () => void }) {
  const t = useT(messages);
  const slots = useOpenSlots(booking.kind);
  const [date, setDate] = useState<string | null>(null);
  const [time, setTime] = useState<string | null>(null);
  const [link, setLink] = useState('');
  const { submit, pending, error } = useActionSubmit(booking, 'reschedule', onDone);
  if (slots.isPending) return <Loader size="sm" aria-label="…" />;
  if (slots.error) return <ErrorNote error={slots.error} />;
  const days = slots.data.days;
  const day = days.find((d) => d.date === date);
  const linkBad = link.trim() !== '' && !isHttpsLink(link);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!date || !time || linkBad) return;
    submit({ date, start_time: time, ...(link.trim() ? { meeting_link: link.trim() } : {}) });
  };
  if (days.every((d) => d.open.length === 0)) return <Alert color="yellow">{t('noSlots')}</Alert>;
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="sm">
        <Select
          label={t('pickDay')} searchable value={date} autoFocus
          onChange={(value) => { setDate(value); setTime(null); }}
          data={days.map((d) => ({ value: d.date, label: d.open.length ? d.label : `${d.label} (${t('dayFull')})`, disabled: d.open.length === 0 }))}
          error={fieldError(error, 'date')}
        />
        {day && (
          <div role="group" aria-label={t('pickTime')}>
            <Text size="sm" fw={500} mb={4}>{t('pickTime')}</Text>
            <Chip.Group value={time} onChange={(value) => setTime(value)}>
              <Group gap="xs">{day.open.map((slot) => <Chip key={slot} value={slot}>{slotTime(slot)}</Chip>)}</Group>
            </Chip.Group>
            {fieldError(error, 'start_time') && <Text size="xs" c="red" mt={4}>{fieldError(error, 'start_time')}</Text>}
          </div>
        )}
        {booking.kind === 'video' && (
          <TextInput label={t('meetingLink')} description={t('newLinkHint')} value={link} onChange={(e) => setLink(e.currentTarget.value)}
            error={(linkBad ? t('linkInvalid') : undefined) ?? fieldError(error, 'meeting_link')} />
        )}
        <ErrorNote error={error} shownFields={['date', 'start_time', 'meeting_link']} />
        <Button type="submit" disabled={!date || !time} loading={pending}>{t('submitReschedule')}</Button>
      </Stack>
    </form>
  );
}
