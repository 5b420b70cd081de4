import { useState, type FormEvent } from 'react';
import { Button, Checkbox, Loader, NumberInput, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useT } from '../../lib/i18n.tsx';
import { useBookingRules, useSaveRules, type BookingRules } from './api.ts';
import { ErrorNote, fieldError } from './ErrorNote.tsx';
import { messages } from './messages.ts';

/** The booking rules of the circular; supervisors and admins edit them (PUT /api/bookings/rules). */
export function RulesPanel({ canEdit }: { canEdit: boolean }) {
  const rules = useBookingRules();
  if (rules.isPending) return <Loader size="sm" aria-label="…" />;
  if (rules.error) return <ErrorNote error={rules.error} />;
  return <RulesForm initial={rules.data} canEdit={canEdit} />;
}

function RulesForm({ initial, canEdit }: { initial: BookingRules; canEdit: boolean }) {
  const t = useT(messages);
  const save = useSaveRules();
  const [rules, setRules] = useState(initial);
  const [times, setTimes] = useState(initial.slot_times.join(', '));
  const [timesBad, setTimesBad] = useState(false);
  const number = (key: 'max_guests' | 'min_days_ahead' | 'max_days_ahead' | 'slots_per_day', label: string) => (
    <NumberInput label={label} min={1} allowDecimal={false} disabled={!canEdit} value={rules[key]}
      onChange={(v) => setRules({ ...rules, [key]: typeof v === 'number' ? v : Number(v) || 0 })} error={fieldError(save.error, key)} />
  );
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const slot_times = times.split(/[,\s]+/).map((s) => s.trim().replace('.', ':')).filter(Boolean);
    const bad = slot_times.length === 0 || slot_times.some((s) => !/^([01]\d|2[0-3]):[0-5]\d$/.test(s));
    setTimesBad(bad);
    if (bad) return;
    save.mutate({ ...rules, slot_times }, {
      onSuccess: (saved) => {
        setTimes(saved.slot_times.join(', '));
        notifications.show({ color: 'teal', message: t('saved') });
      },
    });
  };
  return (
    <Paper withBorder p="md" maw={720}>
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="sm">
          <Title order={3} size="h4">{t('rulesTitle')}</Title>
          {!canEdit && <Text size="sm" c="dimmed">{t('rulesReadOnly')}</Text>}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {number('max_guests', t('maxGuests'))}
            {number('slots_per_day', t('slotsPerDay'))}
            {number('min_days_ahead', t('minDaysAhead'))}
            {number('max_days_ahead', t('maxDaysAhead'))}
          </SimpleGrid>
          <TextInput label={t('slotTimes')} description={t('slotTimesHint')} disabled={!canEdit} value={times}
            onChange={(e) => setTimes(e.currentTarget.value)} error={(timesBad ? t('slotTimesInvalid') : undefined) ?? fieldError(save.error, 'slot_times')} />
          <Checkbox label={t('workingDaysOnly')} disabled={!canEdit} checked={rules.working_days_only}
            onChange={(e) => setRules({ ...rules, working_days_only: e.currentTarget.checked })} />
          <ErrorNote error={save.error} shownFields={['max_guests', 'min_days_ahead', 'max_days_ahead', 'slots_per_day', 'slot_times']} />
          {canEdit && <Button type="submit" loading={save.isPending} w="fit-content">{t('save')}</Button>}
        </Stack>
      </form>
    </Paper>
  );
}
