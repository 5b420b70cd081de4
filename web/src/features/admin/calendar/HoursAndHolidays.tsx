import { Stack } from '@mantine/core';
import type { PageProps } from '../../../app/pages.tsx';
import { ServiceHoursSection } from './ServiceHoursSection.tsx';
import { HolidaysSection } from './HolidaysSection.tsx';

/** /admin/hours: service hours per weekday (with each zone's local time) and the holiday list. */
export function HoursAndHolidays({ me }: PageProps) {
  const editable = me.role === 'admin';
  return (
    <Stack gap="xl">
      <ServiceHoursSection editable={editable} />
      <HolidaysSection editable={editable} />
    </Stack>
  );
}
