import { useState } from 'react';
import { Badge, Group, Select, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { api, get } from '../../../lib/api.ts';
import { useLanguage, useT } from '../../../lib/i18n.tsx';
import { commonMessages } from '../messages.ts';
import { ConfirmButton } from '../shared/ConfirmButton.tsx';
import { keys } from '../shared/queries.ts';
import { Loaded, Section, Tag } from '../shared/ui.tsx';
import { useSave } from '../shared/useSave.ts';
import type { Holiday } from '../types.ts';
import { HolidayForm } from './HolidayForm.tsx';
import { calendarMessages } from './messages.ts';
import { formatLongDate } from './time.ts';

const thisYear = Number(new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: 'Asia/Jakarta' }).format(new Date()));

/** The holidays of a year: national holidays and cuti bersama, added and removed by admins. */
export function HolidaysSection({ editable }: { editable: boolean }) {
  const t = useT(calendarMessages);
  const c = useT(commonMessages);
  const locale = useLanguage().language === 'en' ? 'en-GB' : 'id-ID';
  const [year, setYear] = useState(thisYear);
  const holidays = useQuery({ queryKey: keys.holidays(year), queryFn: () => get<Holiday[]>(`/api/holidays?year=${year}`) });
  const remove = useSave({
    mutationFn: (holiday: Holiday) => api('DELETE', `/api/holidays/${holiday.date}`),
    invalidate: [['admin', 'holidays']],
    success: (_result, holiday) => t('holidayRemoved', { date: formatLongDate(holiday.date, locale) }),
    failure: c('failed'),
  });
  const years = [thisYear - 2, thisYear - 1, thisYear, thisYear + 1, thisYear + 2].map(String);
  return (
    <Section title={t('holidays')} description={t('holidaysHint')}
      actions={<Select aria-label={t('year')} w={110} allowDeselect={false} data={years} value={String(year)} onChange={(v) => v && setYear(Number(v))} />}>
      {editable && <HolidayForm year={year} />}
      <Loaded query={holidays}>
        {(list) => list.length === 0 ? <Text c="dimmed" size="sm">{t('noHolidays')}</Text> : (
          <>
            <Table.ScrollContainer minWidth={700}>
              <Table striped highlightOnHover fz="sm" verticalSpacing={4} aria-label={`${t('holidays')} ${year}`}>
                <Table.Thead>
                  <Table.Tr><Table.Th>{t('date')}</Table.Th><Table.Th>{t('holidayName')}</Table.Th><Table.Th>{t('kind')}</Table.Th>{editable && <Table.Th>{c('actions')}</Table.Th>}</Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {list.map((holiday) => {
                    const date = formatLongDate(holiday.date, locale);
                    return (
                      <Table.Tr key={holiday.date}>
                        <Table.Td style={{ whiteSpace: 'nowrap' }}>{date}</Table.Td>
                        <Table.Td>{holiday.name}</Table.Td>
                        <Table.Td><Tag color={holiday.kind === 'national' ? 'red' : 'orange'}>{t(holiday.kind)}</Tag></Table.Td>
                        {editable && (
                          <Table.Td>
                            <ConfirmButton color="red" question={t('confirmRemove', { date })} onConfirm={() => remove.mutate(holiday)} aria-label={`${t('remove')} ${date}`}>{t('remove')}</ConfirmButton>
                          </Table.Td>
                        )}
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <Group><Badge variant="light" color="gray">{t('count', { n: list.length })}</Badge></Group>
          </>
        )}
      </Loaded>
    </Section>
  );
}
