import { Group, Pill } from '@mantine/core';
import { formatDate } from '../../lib/format.ts';
import { useT } from '../../lib/i18n.tsx';
import type { InboxFilters } from './filters.ts';
import { messages } from './messages.ts';
import { useAgents, useTeams } from './queries.ts';

interface Props {
  filters: InboxFilters;
  update: (change: Partial<InboxFilters>) => void;
  topicLabel: (code: string) => string;
  canFilterAgents: boolean;
}

/** The filters in force beyond status and scope, each removable with one click. */
export function ActiveFilters({ filters: f, update, topicLabel, canFilterAgents }: Props) {
  const t = useT(messages);
  const teams = useTeams(f.team !== null);
  const agents = useAgents(canFilterAgents && typeof f.scope === 'number');
  const pills: { key: string; label: string; clear: Partial<InboxFilters> }[] = [];
  if (f.channel.length) pills.push({ key: 'channel', label: `${t('channel')}: ${f.channel.map((c) => t(c)).join(', ')}`, clear: { channel: [] } });
  if (f.topic) pills.push({ key: 'topic', label: `${t('topic')}: ${topicLabel(f.topic)}`, clear: { topic: null } });
  if (typeof f.scope === 'number') {
    const agent = agents.data?.find((u) => u.id === f.scope);
    pills.push({ key: 'agent', label: `${t('agent')}: ${agent?.name ?? `#${f.scope}`}`, clear: { scope: 'all' } });
  }
  if (f.team) pills.push({ key: 'team', label: `${t('team')}: ${teams.data?.find((tm) => tm.code === f.team)?.name ?? f.team}`, clear: { team: null } });
  if (f.zone) pills.push({ key: 'zone', label: `${t('zone')}: ${f.zone === 'none' ? t('zoneNone') : f.zone}`, clear: { zone: null } });
  if (f.complaint !== null) pills.push({ key: 'complaint', label: f.complaint ? t('complaintYes') : t('complaintNo'), clear: { complaint: null } });
  if (f.from || f.to) {
    const range = f.from === f.to || !f.to ? formatDate(`${f.from}T12:00:00+07:00`) : `${formatDate(`${f.from}T12:00:00+07:00`)} – ${formatDate(`${f.to}T12:00:00+07:00`)}`;
    pills.push({ key: 'date', label: `${t('dateRange')}: ${range}`, clear: { from: null, to: null } });
  }
  if (!pills.length) return null;
  return (
    <Group gap={4}>
      {pills.map((pill) => (
        <Pill key={pill.key} size="sm" withRemoveButton onRemove={() => update(pill.clear)} removeButtonProps={{ 'aria-label': t('remove', { name: pill.label }) }}>
          {pill.label}
        </Pill>
      ))}
    </Group>
  );
}
