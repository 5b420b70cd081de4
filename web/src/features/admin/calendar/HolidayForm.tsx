import '@mantine/dates/styles.css';
import 'dayjs/locale/id';
import { useState, type FormEvent } from 'react';
import { Button, Group, Paper, Select, TextInput } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { api } from '../../../lib/api.ts';
import { useLanguage, useT } from '../../../lib/i18n.tsx';
import { FormError } from '../shared/ui.tsx';
import { useSave } from '../shared/useSave.ts';
import type { Holiday } from '../types.ts';
import { calendarMessages } from './messages.ts';
import { formatLongDate } from './time.ts';

/** Adds one holiday (date picker in Indonesian, name, national or cuti bersama). */
export function HolidayForm({ year }: { year: number }) {
  const t = useT(calendarMessages);
  const { language } = useLanguage();
  const [date, setDate] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [kind, setKind] = useState<Holiday['kind']>('national');
  const save = useSave({
    mutationFn: () => api<Holiday>('POST', '/api/holidays', { date: date ?? '', name: name.trim(), kind }),
    invalidate: [['admin', 'holidays']],
    success: (added) => t('holidayAdded', { date: formatLongDate(added.date, language === 'en' ? 'en-GB' : 'id-ID') }),
    failure: null,
    onSuccess: () => { setDate(null); setName(''); },
  });
  const [missingDate, setMissingDate] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setMissingDate(date === null);
    if (date !== null) save.mutate(undefined);
  };
  const errors = save.fieldErrors;
  return (
    <Paper withBorder p="sm" component="form" onSubmit={submit} noValidate aria-label={t('newHoliday')}>
      <FormError error={save.error} />
      <Group align="flex-start" gap="sm" mt={save.error ? 'sm' : 0}>
        <DatePickerInput label={t('date')} placeholder={t('pickDate')} required locale={language} firstDayOfWeek={1} valueFormat="D MMMM YYYY"
          defaultDate={`${year}-01-01`} value={date} onChange={(d) => { setDate(d); setMissingDate(false); }} error={missingDate ? t('dateRequired') : errors.date} w={200} />
        <TextInput label={t('holidayName')} required value={name} onChange={(e) => setName(e.currentTarget.value)} error={errors.name} w={320} />
        <Select label={t('kind')} required allowDeselect={false} value={kind} onChange={(v) => v && setKind(v)} error={errors.kind}
          data={[{ value: 'national', label: t('national') }, { value: 'cuti_bersama', label: t('cuti_bersama') }]} w={180} />
        <Button type="submit" mt={25} loading={save.isPending}>{t('addHoliday')}</Button>
      </Group>
    </Paper>
  );
}
