import { useState, type FormEvent } from 'react';
import { Button, MultiSelect, NumberInput, SegmentedControl, Stack, Textarea } from '@mantine/core';
import { useT } from '../../../lib/i18n.tsx';
import type { Booking } from '../api.ts';
import { ErrorNote, fieldError } from '../ErrorNote.tsx';
import { messages } from '../messages.ts';
import { useActionSubmit } from './useActionSubmit.ts';

interface Props {
  booking: Booking;
  topics: { value: string; label: string }[];
  onDone: () => void;
}

/** After the visit: held (guests who came, topics, notes) or no-show; can be corrected later. */
export function OutcomeForm({ booking, topics, onDone }: Props) {
  const t = useT(messages);
  const [status, setStatus] = useState<'held' | 'no_show'>(booking.status === 'no_show' ? 'no_show' : 'held');
  const [guests, setGuests] = useState<number | string>(booking.actual_guests ?? booking.guests ?? '');
  const [chosen, setChosen] = useState<string[]>(booking.topics);
  const [notes, setNotes] = useState(booking.notes ?? '');
  const [tried, setTried] = useState(false);
  const { submit, pending, error } = useActionSubmit(booking, 'outcome', onDone);
  const held = status === 'held';
  const needsGuests = held && booking.kind === 'face_to_face' && guests === '';
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (needsGuests) return;
    submit({ status, actual_guests: held && guests !== '' ? Number(guests) : null, topics: chosen, notes: notes.trim() || null });
  };
  const known = new Set(topics.map((o) => o.value));
  const options = [...topics, ...chosen.filter((c) => !known.has(c)).map((c) => ({ value: c, label: c }))];
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="sm">
        <SegmentedControl aria-label={t('status')} value={status} onChange={(v) => setStatus(v)}
          data={[{ value: 'held', label: t('heldLabel') }, { value: 'no_show', label: t('noShowLabel') }]} />
        {held && (
          <NumberInput label={t('actualGuests')} min={0} max={10_000} allowDecimal={false} value={guests} onChange={setGuests} autoFocus
            required={booking.kind === 'face_to_face'} error={(tried && needsGuests ? t('guestsRequired') : undefined) ?? fieldError(error, 'actual_guests')} />
        )}
        <MultiSelect label={t('topics')} data={options} value={chosen} onChange={setChosen} searchable clearable error={fieldError(error, 'topics')} />
        <Textarea label={t('notes')} autosize minRows={2} maxLength={4000} value={notes} onChange={(e) => setNotes(e.currentTarget.value)} error={fieldError(error, 'notes')} />
        <ErrorNote error={error} shownFields={['actual_guests', 'topics', 'notes']} />
        <Button type="submit" color="teal" loading={pending}>{t('submitOutcome')}</Button>
      </Stack>
    </form>
  );
}
