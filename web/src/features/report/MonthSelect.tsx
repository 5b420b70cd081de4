import '@mantine/dates/styles.css';
import 'dayjs/locale/id';
import { ActionIcon, Group } from '@mantine/core';
import { DatesProvider, MonthPickerInput } from '@mantine/dates';
import { IconCalendarMonth, IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { useLanguage, useT } from '../../lib/i18n.tsx';
import { reportMessages } from './messages.ts';
import { currentMonth, dateToMonth, monthToDate, shiftMonth } from './month.ts';

/** The report's month: a month picker (id-ID month names) with previous/next buttons; up to the current month. */
export function MonthSelect({ month, onChange }: { month: string; onChange: (month: string) => void }) {
  const t = useT(reportMessages);
  const { language } = useLanguage();
  const latest = currentMonth();
  return (
    <DatesProvider settings={{ locale: language === 'id' ? 'id' : 'en' }}>
      <Group gap={4} wrap="nowrap">
        <ActionIcon variant="default" size="lg" aria-label={t('previousMonth')} onClick={() => onChange(shiftMonth(month, -1))}>
          <IconChevronLeft size={18} aria-hidden />
        </ActionIcon>
        <MonthPickerInput
          aria-label={t('month')}
          value={monthToDate(month)}
          onChange={(value) => value && onChange(dateToMonth(value))}
          maxDate={monthToDate(latest)}
          valueFormat="MMMM YYYY"
          leftSection={<IconCalendarMonth size={16} aria-hidden />}
          w={170}
          data-testid="report-month"
        />
        <ActionIcon variant="default" size="lg" aria-label={t('nextMonth')} disabled={month >= latest} onClick={() => onChange(shiftMonth(month, 1))}>
          <IconChevronRight size={18} aria-hidden />
        </ActionIcon>
      </Group>
    </DatesProvider>
  );
}
