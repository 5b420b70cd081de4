import { useState, type FormEvent } from 'react';
import { Button, Group, NumberInput, Paper, SimpleGrid, Stack, Switch, TagsInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { api, get } from '../../../lib/api.ts';
import { useT } from '../../../lib/i18n.tsx';
import { commonMessages } from '../messages.ts';
import { FormError, Loaded, Section } from '../shared/ui.tsx';
import { useSave } from '../shared/useSave.ts';
import type { BookingRules } from '../types.ts';
import { channelMessages } from './messages.ts';

const KEY = ['admin', 'booking-rules'];
const NUMBERS = [['max_guests', 'maxGuests'], ['slots_per_day', 'slotsPerDay'], ['min_days_ahead', 'minDays'], ['max_days_ahead', 'maxDays']] as const;

function RulesForm({ saved, editable }: { saved: BookingRules; editable: boolean }) {
  const t = useT(channelMessages);
  const c = useT(commonMessages);
  const [rules, setRules] = useState(saved);
  const set = <K extends keyof BookingRules>(key: K, value: BookingRules[K]) => setRules((r) => ({ ...r, [key]: value }));
  const save = useSave({
    mutationFn: () => api<BookingRules>('PUT', '/api/bookings/rules', rules),
    invalidate: [KEY],
    success: t('rulesSaved'),
    failure: null,
  });
  const submit = (event: FormEvent) => { event.preventDefault(); save.mutate(undefined); };
  const errors = save.fieldErrors;
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <FormError error={save.error} />
        <SimpleGrid cols={2} spacing="sm">
          {NUMBERS.map(([key, label]) => (
            <NumberInput key={key} label={t(label)} min={1} allowDecimal={false} disabled={!editable} value={rules[key]}
              onChange={(v) => set(key, typeof v === 'number' ? v : 0)} error={errors[key]} />
          ))}
        </SimpleGrid>
        <TagsInput label={t('slotTimes')} description={t('slotTimesHint')} disabled={!editable} value={rules.slot_times}
          onChange={(v) => set('slot_times', v.map((s) => s.trim()))} error={errors.slot_times} splitChars={[',', ' ']} />
        <Switch label={t('workingDaysOnly')} disabled={!editable} checked={rules.working_days_only} onChange={(e) => set('working_days_only', e.currentTarget.checked)} />
        {editable && (
          <Group justify="flex-end">
            <Button type="submit" loading={save.isPending} disabled={JSON.stringify(rules) === JSON.stringify(saved)}>{c('save')}</Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}

/** The booking rules of SE-2/PK.1/2024 (admins and supervisors change them). */
export function BookingRulesCard({ editable }: { editable: boolean }) {
  const t = useT(channelMessages);
  const rules = useQuery({ queryKey: KEY, queryFn: () => get<BookingRules>('/api/bookings/rules') });
  return (
    <Section title={t('rules')} description={t('rulesHint')}>
      <Paper withBorder p="md">
        <Loaded query={rules}>{(saved) => <RulesForm key={JSON.stringify(saved)} saved={saved} editable={editable} />}</Loaded>
      </Paper>
    </Section>
  );
}
