import '@mantine/dates/styles.css';
import 'dayjs/locale/id';
import { useState } from 'react';
import { Button, Chip, Group, Indicator, Popover, Select, Stack, Text } from '@mantine/core';
import { DatePickerInput, DatesProvider } from '@mantine/dates';
import { IconFilter } from '@tabler/icons-react';
import { useLanguage, useT } from '../../lib/i18n.tsx';
import { extraFilterCount, type InboxFilters } from './filters.ts';
import { messages } from './messages.ts';
import { useAgents, useTeams } from './queries.ts';
import { CHANNELS, ZONES, type Topic } from './types.ts';

interface Props {
  filters: InboxFilters;
  update: (change: Partial<InboxFilters>) => void;
  topics: Topic[];
  canFilterAgents: boolean;
}

/** The filters beyond status, scope and text: channel, topic, agent, team, zone, complaint, dates. */
export function FiltersPopover({ filters, update, topics, canFilterAgents }: Props) {
  const t = useT(messages);
  const { language } = useLanguage();
  const [opened, setOpened] = useState(false);
  // The picker's half-chosen range stays here until both ends are picked (or it is cleared).
  const [range, setRange] = useState<[string | null, string | null]>([filters.from, filters.to]);
  const teams = useTeams(opened || filters.team !== null);
  const agents = useAgents(canFilterAgents && (opened || typeof filters.scope === 'number'));
  const count = extraFilterCount(filters) + (typeof filters.scope === 'number' ? 1 : 0);
  const complaintValue = filters.complaint === null ? '' : String(filters.complaint);
  return (
    <Popover opened={opened} onChange={setOpened} width={340} position="bottom-end" trapFocus shadow="md" withinPortal>
      <Popover.Target>
        <Indicator disabled={count === 0} label={count} size={16} offset={4}>
          <Button size="xs" variant="default" leftSection={<IconFilter size={14} aria-hidden />} onClick={() => setOpened((o) => !o)} aria-expanded={opened}>
            {t('filters')}
          </Button>
        </Indicator>
      </Popover.Target>
      <Popover.Dropdown>
        <DatesProvider settings={{ locale: language, firstDayOfWeek: 1 }}>
          <Stack gap="sm">
            <div role="group" aria-labelledby="inbox-filter-channel">
              <Text id="inbox-filter-channel" size="sm" fw={500} mb={4}>{t('channel')}</Text>
              <Chip.Group multiple value={filters.channel} onChange={(value) => update({ channel: value })}>
                <Group gap={4}>
                  {CHANNELS.map((c) => <Chip key={c} value={c} size="xs">{t(c)}</Chip>)}
                </Group>
              </Chip.Group>
            </div>
            <Select size="xs" label={t('topic')} searchable clearable placeholder={t('any')} value={filters.topic} onChange={(topic) => update({ topic })}
              data={topics.filter((tp) => tp.active || tp.code === filters.topic).map((tp) => ({ value: tp.code, label: tp.label }))} comboboxProps={{ withinPortal: false }} />
            {canFilterAgents && (
              <Select size="xs" label={t('agent')} searchable clearable placeholder={t('any')} value={typeof filters.scope === 'number' ? String(filters.scope) : null}
                onChange={(id) => update({ scope: id ? Number(id) : 'all' })} data={(agents.data ?? []).map((u) => ({ value: String(u.id), label: u.name || u.username }))} comboboxProps={{ withinPortal: false }} />
            )}
            <Select size="xs" label={t('team')} searchable clearable placeholder={t('any')} value={filters.team} onChange={(team) => update({ team })}
              data={(teams.data ?? []).map((tm) => ({ value: tm.code, label: `${tm.name} (${tm.code})` }))} comboboxProps={{ withinPortal: false }} />
            <Group grow gap="xs">
              <Select size="xs" label={t('zone')} clearable placeholder={t('any')} value={filters.zone} onChange={(zone) => update({ zone: zone })}
                data={ZONES.map((z) => ({ value: z, label: z === 'none' ? t('zoneNone') : z }))} comboboxProps={{ withinPortal: false }} />
              <Select size="xs" label={t('complaint')} placeholder={t('any')} value={complaintValue} onChange={(v) => update({ complaint: v === 'true' ? true : v === 'false' ? false : null })}
                data={[{ value: '', label: t('any') }, { value: 'true', label: t('complaintYes') }, { value: 'false', label: t('complaintNo') }]} comboboxProps={{ withinPortal: false }} />
            </Group>
            <DatePickerInput size="xs" type="range" label={t('dateRange')} clearable allowSingleDateInRange valueFormat="D MMM YYYY" placeholder={t('any')}
              value={range} onChange={(value) => {
                setRange(value);
                if (Boolean(value[0]) === Boolean(value[1])) update({ from: value[0], to: value[1] });
              }} popoverProps={{ withinPortal: false }} />
            <Button size="xs" variant="subtle" color="red" disabled={count === 0}
              onClick={() => {
                setRange([null, null]);
                update({ channel: [], topic: null, team: null, zone: null, complaint: null, from: null, to: null, ...(typeof filters.scope === 'number' ? { scope: 'all' } : {}) });
              }}>
              {t('clearFilters')}
            </Button>
          </Stack>
        </DatesProvider>
      </Popover.Dropdown>
    </Popover>
  );
}
