import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { formatDateTime, formatNumber } from '../../lib/format.ts';
import { useT } from '../../lib/i18n.tsx';
import { messages } from './messages.ts';
import type { Escalation } from './types.ts';

const COLORS = { open: 'grape', answered: 'teal', returned: 'orange' } as const;

/** The ticket's escalations: team, note, when, whether answered, and the L2 score. */
export function EscalationsPanel({ escalations }: { escalations: Escalation[] }) {
  const t = useT(messages);
  if (!escalations.length) return null;
  return (
    <Paper withBorder p="sm" aria-labelledby="escalations-title">
      <Stack gap={8}>
        <Title order={3} size="h6" id="escalations-title" c="dimmed" tt="uppercase">{t('escalations')}</Title>
        {escalations.map((e) => (
          <Stack key={e.id} gap={2}>
            <Group justify="space-between" gap={4} wrap="nowrap">
              <Text size="sm" fw={600} truncate title={e.team_name}>{e.team_name}</Text>
              <Badge size="xs" variant="light" color={COLORS[e.status]}>{t(`escalation_${e.status}`)}</Badge>
            </Group>
            <Text size="xs" c="dimmed">
              {formatDateTime(e.escalated_at)}{e.answered_at ? ` → ${formatDateTime(e.answered_at)}` : ''}
              {e.score !== null ? ` · ${t('score', { score: formatNumber(e.score) })}` : ''}
            </Text>
            <Text size="xs" lineClamp={3} style={{ whiteSpace: 'pre-wrap' }}>{e.note}</Text>
          </Stack>
        ))}
      </Stack>
    </Paper>
  );
}
