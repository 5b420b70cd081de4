import type { ReactNode } from 'react';
import { Code, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { get } from '../../../lib/api.ts';
import { formatNumber } from '../../../lib/format.ts';
import { useT } from '../../../lib/i18n.tsx';
import { Loaded, Section, Tag } from '../shared/ui.tsx';
import { channelMessages } from './messages.ts';
import type { ChannelStatus } from './status-types.ts';

type Row = [label: string, value: ReactNode];

function ChannelBox({ title, on, vars, rows }: { title: string; on: boolean; vars: string; rows: Row[] }) {
  const t = useT(channelMessages);
  return (
    <Paper withBorder p="sm">
      <Stack gap={6}>
        <Group justify="space-between">
          <Title order={4} size="h5">{title}</Title>
          {on ? <Tag color="green">{t('on')}</Tag> : <Tag color="gray" outline>{t('off')}</Tag>}
        </Group>
        <Table fz="sm" verticalSpacing={3} withRowBorders={false} aria-label={title}>
          <Table.Tbody>
            {rows.map(([label, value]) => (
              <Table.Tr key={label}><Table.Th fw={500} c="dimmed" w="45%">{label}</Table.Th><Table.Td style={{ wordBreak: 'break-all' }}>{value}</Table.Td></Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Text size="xs" c="dimmed">{t('envVars')}: <Code fz="xs">{vars}</Code></Text>
      </Stack>
    </Paper>
  );
}

/** The channels' environment configuration from GET /api/settings/channels, read-only. */
export function EnvironmentCard() {
  const t = useT(channelMessages);
  const status = useQuery({ queryKey: ['admin', 'channel-status'], queryFn: () => get<ChannelStatus>('/api/settings/channels') });
  const none = <Text span size="sm" c="dimmed">{t('notSet')}</Text>;
  return (
    <Section title={t('environment')} description={t('environmentHint')}>
      <Loaded query={status}>
        {({ whatsapp: wa, email, livechat, pbx }) => (
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
            <ChannelBox title={t('whatsapp')} on={wa.enabled} vars="WHATSAPP_PHONE_NUMBER_ID, WHATSAPP_ACCESS_TOKEN, WHATSAPP_APP_SECRET, WHATSAPP_VERIFY_TOKEN" rows={[
              [t('phoneNumberId'), wa.phone_number_id ?? none], [t('apiHost'), wa.api_host ?? none], [t('apiVersion'), wa.api_version ?? none],
              [t('rate'), wa.rate_per_second === null ? none : formatNumber(wa.rate_per_second)], [t('webhook'), <Code key="w">{wa.webhook_url}</Code>],
            ]} />
            <ChannelBox title={t('email')} on={Boolean(email.listener ?? email.imap ?? email.smtp)} vars="SMTP_LISTEN_PORT, IMAP_URL, SMTP_URL, MAIL_FROM" rows={[
              [t('listener'), email.listener ? `${email.listener.host}:${email.listener.port} (${email.listener.accept_domains.join(', ')})` : none],
              [t('imap'), email.imap ? `${email.imap.server}${email.imap.mailbox ? ` /${email.imap.mailbox}` : ''}` : none],
              [t('smtp'), email.smtp?.server ?? none], [t('from'), email.smtp?.from ?? none],
              [t('acknowledge'), email.acknowledge ? t('on') : t('off')],
            ]} />
            <ChannelBox title={t('livechat')} on vars="LIVECHAT_ALLOWED_ORIGINS, LIVECHAT_RATE_LIMIT, LIVECHAT_CHALLENGE_BITS" rows={[
              [t('origins'), livechat.allowed_origins === 'any' ? t('anySite') : livechat.allowed_origins.join(', ')],
              [t('startsPerMinute'), formatNumber(livechat.starts_per_minute)], [t('challengeBits'), formatNumber(livechat.challenge_bits)],
              [t('widget'), <Code key="w">{livechat.widget_url}</Code>],
            ]} />
            <ChannelBox title={t('pbx')} on={pbx.enabled} vars="PBX_WEBHOOK_SECRET" rows={[[t('webhook'), <Code key="w">{pbx.webhook_url}</Code>]]} />
          </SimpleGrid>
        )}
      </Loaded>
    </Section>
  );
}
