import { Anchor, Badge, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { IconBuilding, IconMail, IconPhone, IconUser } from '@tabler/icons-react';
import { Link } from 'react-router';
import { formatDate } from '../../lib/format.ts';
import type { Me } from '../../lib/session.ts';
import { useT } from '../../lib/i18n.tsx';
import { ChannelIcon } from './ChannelIcon.tsx';
import { messages } from './messages.ts';
import { useContactTickets, useUserCategories } from './queries.ts';
import { RegionSelect } from './RegionSelect.tsx';
import { STATUS_COLORS } from './statusColors.ts';
import type { TicketDetail } from './types.ts';
import type { useTagging } from './useTagging.ts';

/** The requester's other tickets on any channel (Layer 1: the contacts API), newest first. */
export function EarlierTickets({ ticket, me }: { ticket: TicketDetail; me: Me }) {
  const t = useT(messages);
  const tickets = useContactTickets(ticket.requester.id, me.role);
  if (me.role === 'l2') return null;
  const others = (tickets.data ?? []).filter((x) => x.id !== ticket.id);
  return (
    <Paper withBorder p="sm" aria-labelledby="earlier-title">
      <Stack gap={6}>
        <Title order={3} size="h6" id="earlier-title" c="dimmed" tt="uppercase">{t('earlier')}</Title>
        {tickets.isSuccess && others.length === 0 && <Text size="xs" c="dimmed">{t('noEarlier')}</Text>}
        {others.slice(0, 6).map((x) => (
          <Stack key={x.id} gap={0}>
            <Group gap={6} wrap="nowrap">
              <ChannelIcon channel={x.channel} size={14} label={t(`channel_${x.channel}`)} />
              <Anchor component={Link} to={`/inbox/${x.id}`} size="xs" truncate="end" style={{ flex: 1 }} title={x.subject}>#{x.number} {x.subject}</Anchor>
            </Group>
            <Group gap={6} pl={20}>
              <Badge size="xs" variant="light" color={STATUS_COLORS[x.status]}>{t(`status_${x.status}`)}</Badge>
              <Text size="xs" c="dimmed">{formatDate(x.created_at)}</Text>
            </Group>
          </Stack>
        ))}
        {others.length > 6 && <Text size="xs" c="dimmed">{t('moreEarlier', { n: others.length - 6 })}</Text>}
      </Stack>
    </Paper>
  );
}

const Line = ({ icon: Icon, label, children }: { icon: typeof IconUser; label: string; children: React.ReactNode }) => (
  <Group gap={6} wrap="nowrap" align="flex-start">
    <Icon size={15} aria-label={label} role="img" style={{ flex: 'none', marginTop: 2 }} color="var(--mantine-color-gray-6)" />
    <Text size="sm" style={{ overflowWrap: 'anywhere' }}>{children}</Text>
  </Group>
);

/** Who asks: name, institution, phone and email, region and zone, user category, and their other tickets. */
export function RequesterCard({ ticket, me, tagging }: { ticket: TicketDetail; me: Me; tagging: ReturnType<typeof useTagging> }) {
  const t = useT(messages);
  const categories = useUserCategories();
  const r = ticket.requester;
  // Layer 2 reads the tags (readOnly keeps full contrast; only Layer 1 changes a ticket).
  const readOnly = me.role === 'l2';
  return (
    <Paper withBorder p="sm" aria-labelledby="requester-title">
      <Stack gap={8}>
        <Title order={3} size="h6" id="requester-title" c="dimmed" tt="uppercase">{t('requester')}</Title>
        <Line icon={IconUser} label={t('requester')}><b>{r.name || t('unknown')}</b></Line>
        <Line icon={IconBuilding} label={t('institution')}>{r.institution || t('unknown')}</Line>
        {r.phones.map((p) => <Line key={p} icon={IconPhone} label={t('phone')}><Anchor href={`tel:${p}`} size="sm">{p}</Anchor></Line>)}
        {r.emails.map((e) => <Line key={e} icon={IconMail} label={t('email')}><Anchor href={`mailto:${e}`} size="sm">{e}</Anchor></Line>)}
        <RegionSelect value={ticket.region_code} zone={ticket.zone} readOnly={readOnly} onChange={(region_code) => tagging.save({ region_code })} />
        <Select
          size="xs" label={t('category')} placeholder={t('categoryPlaceholder')} clearable={!readOnly} readOnly={readOnly}
          data={(categories.data ?? []).filter((c) => c.active || c.code === ticket.user_category).map((c) => ({ value: c.code, label: c.label }))}
          value={ticket.user_category} onChange={(user_category) => tagging.save({ user_category })}
        />
        <Text size="10px" c="dimmed">{t('regionAttribution')}</Text>
      </Stack>
    </Paper>
  );
}
