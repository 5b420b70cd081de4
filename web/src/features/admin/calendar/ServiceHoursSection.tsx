import { useState } from 'react';
import { Button, Group, Switch, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { api, get } from '../../../lib/api.ts';
import { useT } from '../../../lib/i18n.tsx';
import { commonMessages } from '../messages.ts';
import { keys } from '../shared/queries.ts';
import { FormError, Loaded, Section } from '../shared/ui.tsx';
import { useSave } from '../shared/useSave.ts';
import type { ServiceHours } from '../types.ts';
import { calendarMessages } from './messages.ts';
import { shiftTime, WEEK } from './time.ts';
import { TimeField } from './TimeField.tsx';

const DEFAULT_SLOT = { open: '08:00', close: '17:00' };

function HoursForm({ saved, editable }: { saved: ServiceHours; editable: boolean }) {
  const t = useT(calendarMessages);
  const c = useT(commonMessages);
  const [draft, setDraft] = useState<ServiceHours>(saved);
  const setDay = (day: string, slot: ServiceHours[string]) => setDraft((d) => ({ ...d, [day]: slot }));
  const changed = JSON.stringify(draft) !== JSON.stringify(saved);
  const save = useSave({
    mutationFn: () => api<ServiceHours>('PUT', '/api/service-hours', draft),
    invalidate: [keys.serviceHours],
    success: t('hoursSaved'),
    failure: null,
  });
  const errors = save.fieldErrors;
  return (
    <>
      <FormError error={save.error} />
      <Table.ScrollContainer minWidth={760}>
        <Table fz="sm" verticalSpacing={4} aria-label={t('hours')} withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('day')}</Table.Th><Table.Th>{t('open')}</Table.Th><Table.Th>{t('opens')}</Table.Th><Table.Th>{t('closes')}</Table.Th>
              <Table.Th>WITA ({t('localTimes')})</Table.Th><Table.Th>WIT ({t('localTimes')})</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {WEEK.map((day) => {
              const slot = draft[day] ?? null;
              const name = t(`d${day}`);
              return (
                <Table.Tr key={day}>
                  <Table.Td fw={600}>{name}</Table.Td>
                  <Table.Td><Switch aria-label={`${t('open')} ${name}`} disabled={!editable} checked={slot !== null} onChange={(e) => setDay(day, e.currentTarget.checked ? DEFAULT_SLOT : null)} /></Table.Td>
                  {slot ? (
                    <>
                      <Table.Td><TimeField label={`${t('opens')} ${name}`} disabled={!editable} value={slot.open} onChange={(open) => setDay(day, { ...slot, open })} error={errors[day]} /></Table.Td>
                      <Table.Td><TimeField label={`${t('closes')} ${name}`} disabled={!editable} value={slot.close} onChange={(close) => setDay(day, { ...slot, close })} /></Table.Td>
                      <Table.Td>{shiftTime(slot.open, 1)}–{shiftTime(slot.close, 1)}</Table.Td>
                      <Table.Td>{shiftTime(slot.open, 2)}–{shiftTime(slot.close, 2)}</Table.Td>
                    </>
                  ) : (
                    <Table.Td colSpan={4}><Text size="sm" c="dimmed">{t('closed')}</Text></Table.Td>
                  )}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {editable && (
        <Group justify="flex-end" gap="xs">
          <Button variant="default" disabled={!changed} onClick={() => { setDraft(saved); save.reset(); }}>{t('reset')}</Button>
          <Button disabled={!changed} loading={save.isPending} onClick={() => save.mutate(undefined)}>{c('save')}</Button>
        </Group>
      )}
    </>
  );
}

/** The weekly service hours (Asia/Jakarta), with the same hours in WITA and WIT. */
export function ServiceHoursSection({ editable }: { editable: boolean }) {
  const t = useT(calendarMessages);
  const hours = useQuery({ queryKey: keys.serviceHours, queryFn: () => get<ServiceHours>('/api/service-hours') });
  return (
    <Section title={t('hours')} description={t('hoursHint')}>
      <Loaded query={hours}>{(saved) => <HoursForm key={JSON.stringify(saved)} saved={saved} editable={editable} />}</Loaded>
    </Section>
  );
}
