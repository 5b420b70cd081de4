import { Chip, Group, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { useT } from '../../lib/i18n.tsx';
import { BOOKING_STATUSES } from './api.ts';
import { PERIODS } from './format.ts';
import { messages } from './messages.ts';
import type { FilterState } from './useFilterParams.ts';

const PERIOD_LABEL = { upcoming: 'upcoming', this_month: 'thisMonth', last_month: 'lastMonth', all: 'everything' } as const;

/** Period, kind and status filters above the list. */
export function BookingFilters({ state, onChange }: { state: FilterState; onChange: (change: Partial<FilterState>) => void }) {
  const t = useT(messages);
  return (
    <Stack gap="xs">
      <Group gap="md" wrap="wrap">
        <SegmentedControl
          aria-label={t('period')}
          value={state.period}
          onChange={(value) => onChange({ period: value })}
          data={PERIODS.map((p) => ({ value: p, label: t(PERIOD_LABEL[p]) }))}
        />
        <Select
          aria-label={t('kind')}
          w={190}
          value={state.kind ?? 'all'}
          onChange={(value) => onChange({ kind: value === 'all' || !value ? null : value })}
          data={[{ value: 'all', label: t('allKinds') }, { value: 'face_to_face', label: t('face_to_face') }, { value: 'video', label: t('video') }]}
          allowDeselect={false}
        />
      </Group>
      <Group gap="xs" role="group" aria-label={t('status')}>
        <Text size="sm" c="dimmed" component="span">{t('status')}:</Text>
        <Chip.Group multiple value={state.statuses} onChange={(value) => onChange({ statuses: value })}>
          {BOOKING_STATUSES.map((s) => <Chip key={s} value={s} size="xs" variant="outline">{t(s)}</Chip>)}
        </Chip.Group>
      </Group>
    </Stack>
  );
}
