import { Group, Text } from '@mantine/core';
import { useLiveStatus } from '../../lib/live.ts';
import { useT } from '../../lib/i18n.tsx';
import { messages } from './messages.ts';

const LOOK = { open: { color: 'var(--mantine-color-green-7)', key: 'live' }, connecting: { color: 'var(--mantine-color-yellow-6)', key: 'liveConnecting' }, closed: { color: 'var(--mantine-color-red-7)', key: 'liveOffline' } } as const;

/** Whether live updates are arriving: a dot and a word, announced politely when it changes. */
export function LiveIndicator() {
  const t = useT(messages);
  const look = LOOK[useLiveStatus()];
  return (
    <Group gap={5} wrap="nowrap" role="status" aria-live="polite" data-testid="live-status">
      <span aria-hidden style={{ width: 8, height: 8, borderRadius: '50%', background: look.color, display: 'inline-block' }} />
      <Text size="xs" c="dimmed">{t(look.key)}</Text>
    </Group>
  );
}
